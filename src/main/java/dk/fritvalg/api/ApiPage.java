package dk.fritvalg.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a list, and the cursor of the next page (null on the last). */
public record ApiPage<T>(List<T> items,
                         @Schema(description = "Pass as `cursor` to get the next page; null when this is the last page.", nullable = true)
                         String nextCursor) {

    /** A page of {@code limit} asked for with one more fetched: a next page exists when the extra one came. */
    static <E, T> ApiPage<T> of(List<E> fetched, int limit, Function<E, T> map, Function<E, Cursor> position) {
        boolean more = fetched.size() > limit;
        List<E> shown = more ? fetched.subList(0, limit) : fetched;
        return new ApiPage<>(shown.stream().map(map).toList(), more ? position.apply(shown.get(shown.size() - 1)).encode() : null);
    }
}
