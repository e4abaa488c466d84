package dk.fritvalg.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {
    Optional<ApiClient> findByKeyHash(String keyHash);

    List<ApiClient> findByUserAccountIdIn(List<Long> userAccountIds);
}
