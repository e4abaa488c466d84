package dk.fritvalg.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.LegalBasis;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalityService.ServiceAreaDefinition;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderService.AgreementDefinition;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison query against MariaDB, on providers made for each test in Læsø (not on the portal in the
 * demo catalogue). Each test runs in a transaction that is rolled back, so the fixtures never leak.
 */
@IntegrationTest
@Transactional
class ProviderComparisonServiceTest {

    @Autowired
    ProviderComparisonService comparison;
    @Autowired
    ProviderService providers;
    @Autowired
    ProviderQualityService quality;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entityManager;

    Municipality laesoe;
    long personalCare;
    long practicalHelp;
    long integratedCare;
    long alfa;
    long boegely;
    long aakanden;
    LocalDate today;

    @BeforeEach
    void providersInLaesoe() {
        today = LocalDate.now(clock);
        municipalities.configure("0825", new MunicipalitySettings(ContractModel.APPROVAL, null, false, null, null, null, null, 3,
                null, null, null), List.of(
                new ServiceAreaDefinition(ServiceAreaKind.PERSONAL_CARE, "Personlig pleje", LegalBasis.SEL_83, null),
                new ServiceAreaDefinition(ServiceAreaKind.PRACTICAL_HELP, "Praktisk hjælp", LegalBasis.SEL_83, null),
                new ServiceAreaDefinition(ServiceAreaKind.INTEGRATED_CARE, "Helhedspleje", LegalBasis.AEL_18, null)));
        laesoe = municipalities.byCode("0825").orElseThrow();
        personalCare = municipalities.serviceArea(laesoe.getId(), ServiceAreaKind.PERSONAL_CARE).orElseThrow().getId();
        practicalHelp = municipalities.serviceArea(laesoe.getId(), ServiceAreaKind.PRACTICAL_HELP).orElseThrow().getId();
        integratedCare = municipalities.serviceArea(laesoe.getId(), ServiceAreaKind.INTEGRATED_CARE).orElseThrow().getId();
        LocalDate past = today.minusYears(1);

        alfa = provider("alfa", "Alfa Pleje", ProviderType.PRIVATE, List.of("da", "en"), EnumSet.of(ProviderFeature.FIXED_TEAM), true,
                Set.of("9940"), List.of(new AgreementDefinition(personalCare, AgreementModel.APPROVAL, past, null, null),
                        new AgreementDefinition(integratedCare, AgreementModel.APPROVAL, past, null, null)));
        boegely = provider("boegely", "Bøgely Hjemmepleje", ProviderType.MUNICIPAL, List.of("da"),
                EnumSet.of(ProviderFeature.OWN_THERAPIST_OR_NURSE, ProviderFeature.SELLS_ADDONS), true, Set.of("9940", "9950"),
                List.of(new AgreementDefinition(personalCare, AgreementModel.TENDER, past, today.plusYears(2), 50),
                        new AgreementDefinition(practicalHelp, AgreementModel.TENDER, past, today.plusYears(2), 50)));
        aakanden = provider("aakanden", "Åkanden Omsorg", ProviderType.PRIVATE, List.of("da", "ar"),
                EnumSet.of(ProviderFeature.FLEXIBLE_TIMES, ProviderFeature.FIXED_TEAM), false, Set.of("9950"),
                List.of(new AgreementDefinition(personalCare, AgreementModel.APPROVAL, past, today, null)));
        provider("duen", "Duen Pleje (udløbet aftale)", ProviderType.PRIVATE, List.of("da", "en", "ar"),
                EnumSet.allOf(ProviderFeature.class), true, Set.of("9940", "9950"),
                List.of(new AgreementDefinition(personalCare, AgreementModel.APPROVAL, past, today.minusDays(1), null)));
        provider("fremtid", "Fremtidens Pleje (ikke begyndt)", ProviderType.PRIVATE, List.of("da", "en", "ar"),
                EnumSet.allOf(ProviderFeature.class), true, Set.of("9940", "9950"),
                List.of(new AgreementDefinition(personalCare, AgreementModel.TENDER, today.plusDays(1), null, null)));
        long suspended = provider("egen", "Egen Pleje (suspenderet)", ProviderType.PRIVATE, List.of("da", "en", "ar"),
                EnumSet.allOf(ProviderFeature.class), true, Set.of("9940", "9950"),
                List.of(new AgreementDefinition(personalCare, AgreementModel.APPROVAL, past, null, null)));
        jdbc.update("UPDATE provider SET suspended = TRUE WHERE id = ?", suspended);

        // Bøgely's raw score is the best, but built on two answers it is withheld and sorts last.
        satisfaction(alfa, 50, "4.00");
        satisfaction(boegely, 2, "4.90");
        satisfaction(aakanden, 30, "3.50");
        quality.recordSatisfaction(alfa, QualityDimension.OVERALL, today.minusYears(2), today.minusYears(2).plusMonths(6), 80,
                new BigDecimal("1.50"), QualitySource.DEMO);
        // Åkanden's continuity is best but built on two citizens; Alfa's is then best.
        quality.recordContinuity(alfa, YearMonth.from(today).minusMonths(2), 40, new BigDecimal("9.00"));
        quality.recordContinuity(alfa, YearMonth.from(today).minusMonths(1), 40, new BigDecimal("3.00"));
        quality.recordContinuity(boegely, YearMonth.from(today).minusMonths(1), 100, new BigDecimal("6.00"));
        quality.recordContinuity(aakanden, YearMonth.from(today).minusMonths(1), 2, new BigDecimal("1.00"));
        // The postcodes are an element collection that JPA writes at flush; the comparison reads with SQL.
        entityManager.flush();
    }

    private long provider(String key, String name, ProviderType type, List<String> languages, Set<ProviderFeature> features,
                          boolean accepting, Set<String> postcodes, List<AgreementDefinition> agreements) {
        String cvr = String.format("%08d", Math.abs(key.hashCode()) % 100_000_000);
        return providers.importProvider("test-laesoe-" + key, laesoe.getId(), new ProviderProfile(type, cvr, name, "Om " + name,
                "Privat", "Havnevej 1", "9940", "Læsø", "98 49 00 00", key + "@example.dk", null, languages, features, accepting, 14,
                LocalDate.of(2026, 1, 5), postcodes), agreements);
    }

    private void satisfaction(long providerId, int answers, String score) {
        quality.recordSatisfaction(providerId, QualityDimension.OVERALL, today.minusMonths(6), today.minusMonths(1), answers,
                new BigDecimal(score), QualitySource.SURVEY);
    }

    private List<String> names(ComparisonFilter filter) {
        return comparison.compare(laesoe, filter).stream().map(ProviderSummary::name).toList();
    }

    @Test
    void listsOnlyProvidersWithAnAgreementValidTodayThatAreNotSuspended() {
        assertThat(names(ComparisonFilter.area(personalCare)))
                .containsExactly("Alfa Pleje", "Bøgely Hjemmepleje", "Åkanden Omsorg");
    }

    @Test
    void theServiceAreaDecidesWhoIsListedIncludingHelhedspleje() {
        assertThat(names(ComparisonFilter.area(integratedCare))).containsExactly("Alfa Pleje");
        assertThat(names(ComparisonFilter.area(practicalHelp))).containsExactly("Bøgely Hjemmepleje");
    }

    @Test
    void thePostcodeFilterKeepsProvidersServingIt() {
        assertThat(names(ComparisonFilter.area(personalCare).withPostcode("9950"))).containsExactly("Bøgely Hjemmepleje", "Åkanden Omsorg");
        assertThat(names(ComparisonFilter.area(personalCare).withPostcode("9940"))).containsExactly("Alfa Pleje", "Bøgely Hjemmepleje");
        assertThat(names(ComparisonFilter.area(personalCare).withPostcode("8000"))).isEmpty();
    }

    @Test
    void theAcceptingFilterLeavesOutProvidersWithoutRoom() {
        assertThat(names(ComparisonFilter.area(personalCare).withAcceptingOnly(true))).containsExactly("Alfa Pleje", "Bøgely Hjemmepleje");
    }

    @Test
    void everyChosenLanguageMustBeSpoken() {
        assertThat(names(ComparisonFilter.area(personalCare).withLanguages(Set.of("en")))).containsExactly("Alfa Pleje");
        assertThat(names(ComparisonFilter.area(personalCare).withLanguages(Set.of("ar")))).containsExactly("Åkanden Omsorg");
        assertThat(names(ComparisonFilter.area(personalCare).withLanguages(Set.of("ar", "en")))).isEmpty();
        assertThatThrownBy(() -> comparison.compare(laesoe, ComparisonFilter.area(personalCare).withLanguages(Set.of("x' OR 1=1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyChosenFeatureMustBeOffered() {
        assertThat(names(ComparisonFilter.area(personalCare).withFeatures(Set.of(ProviderFeature.FIXED_TEAM))))
                .containsExactly("Alfa Pleje", "Åkanden Omsorg");
        assertThat(names(ComparisonFilter.area(personalCare).withFeatures(Set.of(ProviderFeature.FIXED_TEAM, ProviderFeature.FLEXIBLE_TIMES))))
                .containsExactly("Åkanden Omsorg");
        assertThat(names(ComparisonFilter.area(personalCare).withFeatures(Set.of(ProviderFeature.SELLS_ADDONS))))
                .containsExactly("Bøgely Hjemmepleje");
    }

    @Test
    void theTypeFilterSeparatesMunicipalAndPrivate() {
        assertThat(names(ComparisonFilter.area(personalCare).withType(ProviderType.MUNICIPAL))).containsExactly("Bøgely Hjemmepleje");
        assertThat(names(ComparisonFilter.area(personalCare).withType(ProviderType.PRIVATE))).containsExactly("Alfa Pleje", "Åkanden Omsorg");
    }

    @Test
    void allFiltersTogether() {
        ComparisonFilter all = ComparisonFilter.area(personalCare).withPostcode("9940").withAcceptingOnly(true)
                .withLanguages(Set.of("en")).withFeatures(Set.of(ProviderFeature.FIXED_TEAM)).withType(ProviderType.PRIVATE)
                .withSort(ComparisonSort.SATISFACTION);
        assertThat(names(all)).containsExactly("Alfa Pleje");
        assertThat(names(all.withType(ProviderType.MUNICIPAL))).isEmpty();
    }

    @Test
    void tellsTenderFromApprovalWithTheContractPeriod() {
        List<ProviderSummary> list = comparison.compare(laesoe, ComparisonFilter.area(personalCare));
        assertThat(list).extracting(ProviderSummary::agreementModel)
                .containsExactly(AgreementModel.APPROVAL, AgreementModel.TENDER, AgreementModel.APPROVAL);
        assertThat(list.get(1).agreementValidTo()).isEqualTo(today.plusYears(2));
        assertThat(list.get(0).agreementValidTo()).isNull();
        assertThat(list.get(1).type()).isEqualTo(ProviderType.MUNICIPAL);
    }

    @Test
    void sortsByDanishNameByDefault() {
        // In Danish, Å comes after Z: a general collation would put Åkanden first.
        assertThat(names(ComparisonFilter.area(personalCare).withSort(ComparisonSort.NAME)))
                .containsExactly("Alfa Pleje", "Bøgely Hjemmepleje", "Åkanden Omsorg");
    }

    @Test
    void sortsBySatisfactionWithWithheldScoresLast() {
        List<ProviderSummary> list = comparison.compare(laesoe, ComparisonFilter.area(personalCare).withSort(ComparisonSort.SATISFACTION));
        assertThat(list).extracting(ProviderSummary::name).containsExactly("Alfa Pleje", "Åkanden Omsorg", "Bøgely Hjemmepleje");
        // The latest period counts, not the older 1.50.
        assertThat(list.get(0).satisfaction().average()).isEqualByComparingTo("4.00");
        assertThat(list.get(0).satisfaction().answerCount()).isEqualTo(50);
        assertThat(list.get(2).satisfaction().tooFewAnswers()).isTrue();
        assertThat(list.get(2).satisfaction().average()).isNull();
        assertThat(list.get(2).satisfaction().answerCount()).isEqualTo(2);
    }

    @Test
    void sortsByContinuityFewestHelpersFirstWithWithheldFiguresLast() {
        List<ProviderSummary> list = comparison.compare(laesoe, ComparisonFilter.area(personalCare).withSort(ComparisonSort.CONTINUITY));
        assertThat(list).extracting(ProviderSummary::name).containsExactly("Alfa Pleje", "Bøgely Hjemmepleje", "Åkanden Omsorg");
        assertThat(list.get(0).continuity().averageDistinctHelpers()).isEqualByComparingTo("3.00");
        assertThat(list.get(0).continuity().month()).isEqualTo(YearMonth.from(today).minusMonths(1));
        assertThat(list.get(2).continuity().tooFewCitizens()).isTrue();
    }

    @Test
    void theComparisonIsOneDatabaseStatement() {
        comparison.compare(laesoe, ComparisonFilter.area(personalCare));
        long before = questions();
        List<ProviderSummary> list = comparison.compare(laesoe, ComparisonFilter.area(personalCare).withPostcode("9940")
                .withAcceptingOnly(true).withLanguages(Set.of("da")).withFeatures(Set.of(ProviderFeature.FIXED_TEAM))
                .withType(ProviderType.PRIVATE).withSort(ComparisonSort.CONTINUITY));
        long after = questions();
        assertThat(list).isNotEmpty();
        // The difference counts the comparison and the second status query.
        assertThat(after - before).isEqualTo(2);
    }

    private long questions() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'QUESTIONS'", Long.class);
    }

    @Test
    void sideBySideShowsUpToThreeProvidersOfTheMunicipalityInTheOrderGiven() {
        List<ProviderDetails> details = comparison.sideBySide(laesoe, List.of(aakanden, alfa));
        assertThat(details).extracting(d -> d.profile().name()).containsExactly("Åkanden Omsorg", "Alfa Pleje");
        ProviderDetails alfaDetails = details.get(1);
        assertThat(alfaDetails.satisfaction().get(QualityDimension.OVERALL).average()).isEqualByComparingTo("4.00");
        assertThat(alfaDetails.continuity().averageDistinctHelpers()).isEqualByComparingTo("3.00");
        assertThat(alfaDetails.agreements()).extracting(ProviderAgreement::getServiceAreaId).containsExactlyInAnyOrder(personalCare, integratedCare);

        Municipality favrskov = municipalities.byCode("0710").orElseThrow();
        assertThat(comparison.sideBySide(favrskov, List.of(alfa))).as("another municipality's provider").isEmpty();
        assertThatThrownBy(() -> comparison.sideBySide(laesoe, List.of(alfa, boegely, aakanden, alfa + 1000)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("compare.too-many"));
        assertThat(comparison.sideBySide(laesoe, List.of(alfa, boegely, aakanden))).hasSize(3);
    }

    @Test
    void theProviderPageCarriesAddOnsWithPricesFromTheCatalogue() {
        Municipality favrskov = municipalities.byCode("0710").orElseThrow();
        long hjemmepleje = providers.byCatalogueKey("favrskov-hjemmepleje").orElseThrow().getId();
        ProviderDetails details = comparison.details(favrskov, hjemmepleje).orElseThrow();
        assertThat(details.addOns()).extracting(ProviderAddOns.PricedAddOn::name).contains("Vinduespudsning", "Ekstra rengøring");
        assertThat(details.addOns()).filteredOn(a -> a.name().equals("Vinduespudsning")).singleElement()
                .satisfies(a -> {
                    assertThat(a.priceOre()).isEqualTo(26000);
                    assertThat(a.unit()).isEqualTo("PER_VISIT");
                    assertThat(a.costBased()).isTrue();
                });
        // the demo has figures for the dimensions of the add-on trial and the overall question
        assertThat(details.satisfaction()).containsKeys(QualityDimension.OVERALL, QualityDimension.SAFETY, QualityDimension.INFORMATION,
                QualityDimension.COHERENCE, QualityDimension.PRACTICAL_HELP, QualityDimension.PERSONAL_CARE);
    }

    @Test
    void qualityFiguresAreValidated() {
        assertThatThrownBy(() -> quality.recordSatisfaction(alfa, QualityDimension.SAFETY, today, today, 10, new BigDecimal("5.50"),
                QualitySource.SURVEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quality.recordSatisfaction(alfa, QualityDimension.SAFETY, today, today.minusDays(1), 10, BigDecimal.TWO,
                QualitySource.SURVEY)).isInstanceOf(IllegalArgumentException.class);
    }
}
