package dk.fritvalg.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An add-on or package in a citizen's cart (kept in the database, so a relative and the citizen see the same cart). */
@Entity
@Table(name = "cart_item")
class CartItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long citizenId;
    @Column(nullable = false)
    private long providerId;
    private Long addOnId;
    private Long packageId;
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private Instant addedAt;

    protected CartItem() {
    }

    CartItem(long citizenId, long providerId, Long addOnId, Long packageId, int quantity, Instant now) {
        this.citizenId = citizenId;
        this.providerId = providerId;
        this.addOnId = addOnId;
        this.packageId = packageId;
        this.quantity = quantity;
        this.addedAt = now;
    }

    void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    Long getId() {
        return id;
    }

    long getCitizenId() {
        return citizenId;
    }

    long getProviderId() {
        return providerId;
    }

    Long getAddOnId() {
        return addOnId;
    }

    Long getPackageId() {
        return packageId;
    }

    int getQuantity() {
        return quantity;
    }
}
