package dk.fritvalg.rehabilitation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RehabilitationCourseRepository extends JpaRepository<RehabilitationCourse, Long> {

    List<RehabilitationCourse> findByCitizenIdOrderByStartDateDesc(long citizenId);

    Page<RehabilitationCourse> findByMunicipalityIdOrderByStartDateDesc(long municipalityId, Pageable pageable);

    Page<RehabilitationCourse> findByProviderIdOrderByStartDateDesc(long providerId, Pageable pageable);

    boolean existsByProviderIdAndCitizenId(long providerId, long citizenId);
}

interface CourseStatusEntryRepository extends JpaRepository<CourseStatusEntry, Long> {

    List<CourseStatusEntry> findByCourseIdOrderByRecordedAt(long courseId);

    List<CourseStatusEntry> findByCourseIdIn(Collection<Long> courseIds);
}
