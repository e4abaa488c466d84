package dk.fritvalg.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an order contains, with the price as it was when ordered. */
@Entity
@Table(name = "addon_order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long orderId;
    private Long addOnId;
    private Long packageId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private long unitPriceOre;
    @Column(nullable = false)
    private int vatRatePercent;

    protected OrderLine() {
    }

    OrderLine(long orderId, Long addOnId, Long packageId, String name, int quantity, long unitPriceOre, int vatRatePercent) {
        this.orderId = orderId;
        this.addOnId = addOnId;
        this.packageId = packageId;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceOre = unitPriceOre;
        this.vatRatePercent = vatRatePercent;
    }

    /** The same add-on from the provider that took the order over. */
    void replaceAddOn(long addOnId) {
        this.addOnId = addOnId;
    }

    public long getOrderId() {
        return orderId;
    }

    public Long getAddOnId() {
        return addOnId;
    }

    public Long getPackageId() {
        return packageId;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getUnitPriceOre() {
        return unitPriceOre;
    }

    public long totalOre() {
        return unitPriceOre * quantity;
    }

    public int getVatRatePercent() {
        return vatRatePercent;
    }
}
