package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ranking of a tender's bids by weighted criteria, checked against a worked example done by hand.
 *
 * <pre>
 * Criteria: price 40 %, quality 40 %, continuity 20 %. Lowest price 250,00 kr.
 *
 *                 price score                   quality    continuity   total
 * A 300,00 kr.    10 × 250/300 = 8,33 → 3,33    8 → 3,20   6 → 1,20     3,33 + 3,20 + 1,20 = 7,73
 * B 250,00 kr.    10 × 250/250 = 10,00 → 4,00   6 → 2,40   7 → 1,40     4,00 + 2,40 + 1,40 = 7,80
 * C 275,00 kr.    10 × 250/275 = 9,09 → 3,64    9 → 3,60   9 → 1,80     3,64 + 3,60 + 1,80 = 9,04
 *
 * (8,33 × 40 % = 3,332 → 3,33;  9,09 × 40 % = 3,636 → 3,64)   Ranking: C 9,04 · B 7,80 · A 7,73
 * </pre>
 */
class TenderRankingTest {

    static final Criterion PRICE = new Criterion(1, CriterionKind.PRICE, "Pris", 40);
    static final Criterion QUALITY = new Criterion(2, CriterionKind.QUALITY, "Kvalitet", 40);
    static final Criterion CONTINUITY = new Criterion(3, CriterionKind.CONTINUITY, "Kontinuitet", 20);
    static final Instant T = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void theWorkedExampleDoneByHand() {
        List<TenderRanking.RankedBid> ranking = TenderRanking.rank(List.of(PRICE, QUALITY, CONTINUITY), List.of(
                new TenderRanking.BidInput(10, "A", 30_000, T, Map.of(2L, 8, 3L, 6)),
                new TenderRanking.BidInput(11, "B", 25_000, T.plusSeconds(1), Map.of(2L, 6, 3L, 7)),
                new TenderRanking.BidInput(12, "C", 27_500, T.plusSeconds(2), Map.of(2L, 9, 3L, 9))));

        assertThat(ranking).extracting(TenderRanking.RankedBid::bidder).containsExactly("C", "B", "A");
        assertThat(ranking).extracting(TenderRanking.RankedBid::rank).containsExactly(1, 2, 3);
        assertThat(ranking).extracting(TenderRanking.RankedBid::total)
                .containsExactly(new BigDecimal("9.04"), new BigDecimal("7.80"), new BigDecimal("7.73"));

        TenderRanking.RankedBid c = ranking.getFirst();
        assertThat(c.complete()).isTrue();
        TenderRanking.Line price = c.lines().getFirst();
        assertThat(price.score()).isEqualByComparingTo("9.09");
        assertThat(price.points()).isEqualByComparingTo("3.64");
        assertThat(price.lowestPriceOre()).isEqualTo(25_000);
        assertThat(price.priceOre()).isEqualTo(27_500);
        assertThat(c.lines()).extracting(TenderRanking.Line::points)
                .containsExactly(new BigDecimal("3.64"), new BigDecimal("3.60"), new BigDecimal("1.80"));

        TenderRanking.RankedBid a = ranking.getLast();
        assertThat(a.lines().getFirst().score()).isEqualByComparingTo("8.33");
        assertThat(a.lines().getFirst().points()).isEqualByComparingTo("3.33");
        // The total is exactly the sum of the points shown, so the page's calculation adds up.
        for (TenderRanking.RankedBid bid : ranking) {
            assertThat(bid.lines().stream().map(TenderRanking.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(bid.total());
        }
    }

    @Test
    void aTieGoesToTheLowerPriceThenTheEarlierBid() {
        Criterion onlyQuality = new Criterion(2, CriterionKind.QUALITY, "Kvalitet", 100);
        List<TenderRanking.RankedBid> ranking = TenderRanking.rank(List.of(onlyQuality), List.of(
                new TenderRanking.BidInput(1, "Dyr", 40_000, T, Map.of(2L, 7)),
                new TenderRanking.BidInput(2, "Billig, senere", 30_000, T.plusSeconds(60), Map.of(2L, 7)),
                new TenderRanking.BidInput(3, "Billig, først", 30_000, T, Map.of(2L, 7))));
        assertThat(ranking).extracting(TenderRanking.RankedBid::bidder).containsExactly("Billig, først", "Billig, senere", "Dyr");
    }

    @Test
    void aBidNotFullyScoredComesAfterTheCompleteOnesAndSaysSo() {
        List<TenderRanking.RankedBid> ranking = TenderRanking.rank(List.of(PRICE, QUALITY, CONTINUITY), List.of(
                new TenderRanking.BidInput(1, "Mangler", 20_000, T, Map.of(2L, 10)),
                new TenderRanking.BidInput(2, "Færdig", 40_000, T, Map.of(2L, 1, 3L, 1))));
        assertThat(ranking).extracting(TenderRanking.RankedBid::bidder).containsExactly("Færdig", "Mangler");
        assertThat(ranking.getLast().complete()).isFalse();
        assertThat(ranking.getLast().lines().getLast().score()).isNull();
        // Færdig: 10 × 200/400 = 5,00 → 2,00; 1 → 0,40; 1 → 0,20; total 2,60.
        assertThat(ranking.getFirst().total()).isEqualByComparingTo("2.60");
    }
}
