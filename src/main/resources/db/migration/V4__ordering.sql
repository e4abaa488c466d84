-- Add-on ordering (cart, orders, occurrences, capacity) and payment (Stripe, invoice, webhooks).
-- Money is BIGINT øre in DKK, prices include VAT. Times are UTC; dates are calendar dates in Danish time.

CREATE TABLE cart_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    citizen_id       BIGINT      NOT NULL,
    provider_id      BIGINT      NOT NULL,
    add_on_id        BIGINT,
    package_id       BIGINT,
    quantity         INT         NOT NULL,
    added_at         DATETIME(6) NOT NULL,
    INDEX ix_cart_citizen (citizen_id),
    CONSTRAINT fk_cart_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_cart_add_on FOREIGN KEY (add_on_id) REFERENCES add_on (id),
    CONSTRAINT fk_cart_package FOREIGN KEY (package_id) REFERENCES add_on_package (id),
    CONSTRAINT ck_cart_one_item CHECK ((add_on_id IS NULL) <> (package_id IS NULL)),
    CONSTRAINT ck_cart_quantity CHECK (quantity BETWEEN 1 AND 20)
) ENGINE = InnoDB;

CREATE TABLE addon_order (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    citizen_id              BIGINT       NOT NULL,
    municipality_id         BIGINT       NOT NULL,
    provider_id             BIGINT       NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    payment_method          VARCHAR(10)  NOT NULL,
    recurrence              VARCHAR(10),
    time_window             VARCHAR(11)  NOT NULL,
    price_per_occurrence_ore BIGINT      NOT NULL,
    vat_ore                 BIGINT       NOT NULL,
    cancellation_deadline_hour INT       NOT NULL,
    ordered_by_user_id      BIGINT       NOT NULL,
    ordered_by_relative_id  BIGINT,
    ordered_by_name         VARCHAR(200) NOT NULL,
    -- A copy of what the provider needs and where mail goes, taken when the order is placed.
    citizen_name            VARCHAR(200) NOT NULL,
    delivery_address        VARCHAR(300) NOT NULL,
    notify_emails           VARCHAR(500) NOT NULL DEFAULT '',
    placed_at               DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    INDEX ix_order_citizen (citizen_id, placed_at),
    INDEX ix_order_provider (provider_id, status, placed_at),
    CONSTRAINT fk_order_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_order_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_order_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_order_price CHECK (price_per_occurrence_ore >= 0)
) ENGINE = InnoDB;

CREATE TABLE addon_order_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT       NOT NULL,
    add_on_id        BIGINT,
    package_id       BIGINT,
    name             VARCHAR(200) NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_ore   BIGINT       NOT NULL,
    vat_rate_percent INT          NOT NULL,
    INDEX ix_order_line_order (order_id),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES addon_order (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One visit of an order: a single order has one, a recurring series one per date.
CREATE TABLE addon_order_occurrence (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    order_id          BIGINT      NOT NULL,
    service_date      DATE        NOT NULL,
    window_start      TIME        NOT NULL,
    window_end        TIME        NOT NULL,
    confirmed_time    TIME,
    status            VARCHAR(20) NOT NULL,
    charge_ore        BIGINT      NOT NULL DEFAULT 0,
    reminder_sent_at  DATETIME(6),
    cancelled_at      DATETIME(6),
    delivered_at      DATETIME(6),
    CONSTRAINT uq_occurrence UNIQUE (order_id, service_date),
    INDEX ix_occurrence_date (service_date, status),
    CONSTRAINT fk_occurrence_order FOREIGN KEY (order_id) REFERENCES addon_order (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Bookings of capacity-limited add-ons per slot. Booking is one conditional UPDATE
-- (booked + n <= capacity), so two citizens can never both take the last place.
CREATE TABLE addon_slot (
    add_on_id     BIGINT NOT NULL,
    slot_date     DATE   NOT NULL,
    window_start  TIME   NOT NULL,
    capacity      INT    NOT NULL,
    booked        INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (add_on_id, slot_date, window_start),
    CONSTRAINT fk_slot_add_on FOREIGN KEY (add_on_id) REFERENCES add_on (id),
    CONSTRAINT ck_slot_booked CHECK (booked >= 0 AND booked <= capacity)
) ENGINE = InnoDB;

CREATE TABLE payment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    order_id            BIGINT       NOT NULL,
    method              VARCHAR(10)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    amount_ore          BIGINT       NOT NULL,
    currency            CHAR(3)      NOT NULL DEFAULT 'DKK',
    refunded_ore        BIGINT       NOT NULL DEFAULT 0,
    paid_by_user_id     BIGINT       NOT NULL,
    stripe_session_id   VARCHAR(255),
    stripe_session_url  VARCHAR(1000),
    stripe_payment_intent VARCHAR(255),
    last_error          VARCHAR(500),
    created_at          DATETIME(6)  NOT NULL,
    paid_at             DATETIME(6),
    CONSTRAINT uq_payment_order UNIQUE (order_id),
    CONSTRAINT uq_payment_session UNIQUE (stripe_session_id),
    CONSTRAINT fk_payment_order FOREIGN KEY (order_id) REFERENCES addon_order (id)
) ENGINE = InnoDB;

CREATE TABLE payment_refund (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    payment_id        BIGINT       NOT NULL,
    reference         VARCHAR(100) NOT NULL,
    amount_ore        BIGINT       NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    stripe_refund_id  VARCHAR(255),
    created_at        DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6),
    CONSTRAINT uq_refund_reference UNIQUE (reference),
    CONSTRAINT fk_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE = InnoDB;

-- Every Stripe event handled, so a webhook delivered twice changes nothing the second time.
CREATE TABLE stripe_event (
    id           VARCHAR(255) PRIMARY KEY,
    type         VARCHAR(100) NOT NULL,
    received_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB;
