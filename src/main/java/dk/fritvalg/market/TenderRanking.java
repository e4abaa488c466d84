package dk.fritvalg.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a tender round's bids by the weighted award criteria, with every step of the calculation kept so the
 * page can show it.
 *
 * <p>Each criterion gives a score from 0 to 10. The price criterion is scored by formula: the lowest price among the
 * bids gets 10, any other bid 10 × lowest price / its price. The other criteria are scored by staff. A criterion's
 * points are score × weight / 100; the total is the sum of the points. Scores and points are rounded to two decimals
 * (half up) at each step, as the page shows them, so anyone can redo the sum by hand. Ties go to the lower price,
 * then to the earlier bid. A bid with a criterion not yet scored is ranked after the complete ones.
 */
public final class TenderRanking {

    static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A bid to rank: its price in øre per unit and the staff's scores by criterion id. */
    public record BidInput(long bidId, String bidder, long priceOre, Instant submittedAt, Map<Long, Integer> scores) {
    }

    /**
     * One criterion's part of a bid's total: the score (null until scored), the points it gives, and for the price
     * criterion the lowest price and the bid's price the score came from.
     */
    public record Line(long criterionId, CriterionKind kind, String criterion, int weight, BigDecimal score, BigDecimal points,
                       Long lowestPriceOre, Long priceOre) {
    }

    /** A bid's place, its lines and total; {@code complete} is false while a criterion lacks a score. */
    public record RankedBid(int rank, long bidId, String bidder, long priceOre, Instant submittedAt, List<Line> lines, BigDecimal total,
                            boolean complete) {
    }

    private TenderRanking() {
    }

    public static List<RankedBid> rank(List<Criterion> criteria, List<BidInput> bids) {
        long lowest = bids.stream().mapToLong(BidInput::priceOre).min().orElse(0);
        List<RankedBid> unranked = new ArrayList<>();
        for (BidInput bid : bids) {
            List<Line> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            boolean complete = true;
            for (Criterion criterion : criteria) {
                BigDecimal score;
                if (criterion.kind() == CriterionKind.PRICE) {
                    score = priceScore(lowest, bid.priceOre());
                } else {
                    Integer given = bid.scores().get(criterion.id());
                    score = given == null ? null : BigDecimal.valueOf(given).setScale(2);
                }
                BigDecimal points = score == null ? null : points(score, criterion.weight());
                if (points == null) {
                    complete = false;
                } else {
                    total = total.add(points);
                }
                lines.add(new Line(criterion.id(), criterion.kind(), criterion.name(), criterion.weight(), score, points,
                        criterion.kind() == CriterionKind.PRICE ? lowest : null,
                        criterion.kind() == CriterionKind.PRICE ? bid.priceOre() : null));
            }
            unranked.add(new RankedBid(0, bid.bidId(), bid.bidder(), bid.priceOre(), bid.submittedAt(), List.copyOf(lines), total, complete));
        }
        unranked.sort(Comparator.comparing(RankedBid::complete).reversed()
                .thenComparing(RankedBid::total, Comparator.reverseOrder())
                .thenComparingLong(RankedBid::priceOre)
                .thenComparing(RankedBid::submittedAt));
        List<RankedBid> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedBid b = unranked.get(i);
            ranked.add(new RankedBid(i + 1, b.bidId(), b.bidder(), b.priceOre(), b.submittedAt(), b.lines(), b.total(), b.complete()));
        }
        return List.copyOf(ranked);
    }

    /** 10 × lowest / price, two decimals, half up. */
    static BigDecimal priceScore(long lowestOre, long priceOre) {
        return TEN.multiply(BigDecimal.valueOf(lowestOre)).divide(BigDecimal.valueOf(priceOre), 2, RoundingMode.HALF_UP);
    }

    /** score × weight / 100, two decimals, half up. */
    static BigDecimal points(BigDecimal score, int weight) {
        return score.multiply(BigDecimal.valueOf(weight)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
