package nl.weefsel.collaboration.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RecordDialog} may do with one kind of record, as calls on the feature's service.
 * Ending and deleting are optional: an actor has no validity to end.
 *
 * @param <R> the record, e.g. {@code Actor}
 * @param <D> the data to create or change it, e.g. {@code ActorData}
 */
public final class RecordOps<R, D> {

    public interface Update<R, D> {
        R apply(String id, long expectedVersion, D data);
    }

    public interface End<R> {
        R apply(String id, long expectedVersion, LocalDate day);
    }

    public interface Confirm<R> {
        R apply(String id, long expectedVersion);
    }

    /** The parts every record has: id, version, audit stamps, the data it was made from, and a title. */
    public record Shape<R, D>(String kind, Class<R> type, Function<R, String> id, ToLongFunction<R> version,
                              Function<R, Audit> audit, Function<R, D> data, Function<R, String> title) {
    }

    final Shape<R, D> shape;
    final Function<String, Optional<R>> find;
    final Function<D, R> create;
    final Update<R, D> update;
    @Nullable End<R> end;
    @Nullable Function<R, Validity> validity;
    @Nullable Consumer<String> delete;
    @Nullable Function<R, Provenance> provenance;
    Predicate<R> mayEdit = record -> true;
    Predicate<R> mayDelete = record -> true;
    @Nullable Confirm<R> confirm;
    Predicate<R> mayConfirm = record -> false;

    private RecordOps(Shape<R, D> shape, Function<String, Optional<R>> find, Function<D, R> create, Update<R, D> update) {
        this.shape = shape;
        this.find = find;
        this.create = create;
        this.update = update;
    }

    public static <R, D> RecordOps<R, D> of(Shape<R, D> shape, Function<String, Optional<R>> find,
                                            Function<D, R> create, Update<R, D> update) {
        return new RecordOps<>(shape, find, create, update);
    }

    /** The record has a validity that can be ended on a day, keeping it in the history. */
    public RecordOps<R, D> endedBy(End<R> end, Function<R, Validity> validity) {
        this.end = end;
        this.validity = validity;
        return this;
    }

    public RecordOps<R, D> deletedBy(Consumer<String> delete) {
        this.delete = delete;
        return this;
    }

    /**
     * The record waits for the other side to confirm it (a one-sided tie); the dialog offers
     * confirming it where {@code may} says the user may, now.
     */
    public RecordOps<R, D> confirmedBy(Confirm<R> confirm, Predicate<R> may) {
        this.confirm = confirm;
        this.mayConfirm = may;
        return this;
    }

    /** The record is a fact someone asserted; the dialog shows who, from which source, and when. */
    public RecordOps<R, D> assertedAs(Function<R, Provenance> provenance) {
        this.provenance = provenance;
        return this;
    }

    /**
     * Who may change (save, end) and delete a record, as the service's access rules say; the dialog
     * shows a record that the user may not change read-only, without those buttons.
     */
    public RecordOps<R, D> permittedBy(Predicate<R> mayEdit, Predicate<R> mayDelete) {
        this.mayEdit = mayEdit;
        this.mayDelete = mayDelete;
        return this;
    }

    public String kind() {
        return shape.kind();
    }
}
