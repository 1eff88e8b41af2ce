-- Billing details, tax rates and invoices. An invoice copies the buyer's and seller's details when it is issued and is
-- never changed afterwards; a credit note is an invoice row of kind CREDIT_NOTE that references the invoice it reverses.
CREATE TABLE billing_details (
    account_id    BIGINT        PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    company       VARCHAR(200)  NULL,
    street        VARCHAR(200)  NOT NULL,
    postal_code   VARCHAR(20)   NOT NULL,
    city          VARCHAR(100)  NOT NULL,
    country       CHAR(2)       NOT NULL,
    vat_id        VARCHAR(20)   NULL,
    updated_at    ${ts}         NOT NULL,
    CONSTRAINT fk_billing_details_account FOREIGN KEY (account_id) REFERENCES users (id)
) ${table_options};

CREATE TABLE tax_rate (
    country     CHAR(2)       PRIMARY KEY,
    rate        DECIMAL(7,4)  NOT NULL,
    updated_at  ${ts}         NOT NULL
) ${table_options};

-- What an invoice is due for, stored in the transaction of the payment or order itself, so none is lost when the
-- panel stops before it is issued; a background attempt turns each into an invoice or credit note.
CREATE TABLE invoice_request (
    id           ${id} PRIMARY KEY,
    kind         VARCHAR(20)    NOT NULL,
    source_type  VARCHAR(20)    NOT NULL,
    source_id    BIGINT         NOT NULL,
    account_id   BIGINT         NOT NULL,
    amount       DECIMAL(19,4)  NOT NULL,
    currency     CHAR(3)        NOT NULL,
    description  VARCHAR(200)   NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    due_at       ${ts}          NOT NULL,
    created_at   ${ts}          NOT NULL,
    CONSTRAINT uk_invoice_request_source UNIQUE (kind, source_type, source_id)
) ${table_options};
CREATE INDEX ix_invoice_request_due ON invoice_request (status, due_at);

-- One row per series and year; issuing locks it, so numbers have no gap and no duplicate across panel instances.
CREATE TABLE invoice_counter (
    series       VARCHAR(20)  NOT NULL,
    counter_year INT          NOT NULL,
    last_number  BIGINT       NOT NULL,
    CONSTRAINT pk_invoice_counter PRIMARY KEY (series, counter_year)
) ${table_options};

CREATE TABLE invoice (
    id                  ${id} PRIMARY KEY,
    kind                VARCHAR(20)    NOT NULL,
    invoice_number      VARCHAR(60)    NOT NULL,
    series              VARCHAR(20)    NOT NULL,
    number_year         INT            NOT NULL,
    sequence_number     BIGINT         NOT NULL,
    account_id          BIGINT         NOT NULL,
    source_type         VARCHAR(20)    NOT NULL,
    source_id           BIGINT         NOT NULL,
    credited_invoice_id BIGINT         NULL,
    issued_at           ${ts}          NOT NULL,
    currency            CHAR(3)        NOT NULL,
    net_total           DECIMAL(19,4)  NOT NULL,
    tax_total           DECIMAL(19,4)  NOT NULL,
    gross_total         DECIMAL(19,4)  NOT NULL,
    tax_rate            DECIMAL(7,4)   NOT NULL,
    tax_country         CHAR(2)        NULL,
    tax_treatment       VARCHAR(20)    NOT NULL,
    buyer_name          VARCHAR(200)   NOT NULL,
    buyer_company       VARCHAR(200)   NULL,
    buyer_address       VARCHAR(400)   NULL,
    buyer_country       CHAR(2)        NULL,
    buyer_vat_id        VARCHAR(20)    NULL,
    buyer_email         VARCHAR(254)   NULL,
    seller_name         VARCHAR(200)   NOT NULL,
    seller_address      VARCHAR(400)   NULL,
    seller_country      CHAR(2)        NULL,
    seller_vat_id       VARCHAR(20)    NULL,
    CONSTRAINT uk_invoice_number UNIQUE (series, number_year, sequence_number),
    CONSTRAINT uk_invoice_source UNIQUE (kind, source_type, source_id),
    CONSTRAINT fk_invoice_credited FOREIGN KEY (credited_invoice_id) REFERENCES invoice (id)
) ${table_options};
CREATE INDEX ix_invoice_account ON invoice (account_id, issued_at);
CREATE INDEX ix_invoice_issued ON invoice (issued_at);

CREATE TABLE invoice_line (
    invoice_id    BIGINT         NOT NULL,
    line_no       INT            NOT NULL,
    description   VARCHAR(200)   NOT NULL,
    net_amount    DECIMAL(19,4)  NOT NULL,
    tax_amount    DECIMAL(19,4)  NOT NULL,
    gross_amount  DECIMAL(19,4)  NOT NULL,
    CONSTRAINT pk_invoice_line PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ${table_options};

-- Accountants keep the books: invoices and tax rates are theirs too.
INSERT INTO staff_role_permission (role_id, permission)
SELECT r.id, p.permission FROM staff_role r CROSS JOIN (
    SELECT 'INVOICES_VIEW' AS permission UNION ALL SELECT 'INVOICES_CHANGE'
) p WHERE r.code = 'ACCOUNTANT';
