-- Images admins upload (logo, favicon; later product cards and banners), served by the panel itself.
CREATE TABLE stored_image (
    id            ${id} PRIMARY KEY,
    purpose       VARCHAR(40)  NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    INT          NOT NULL,
    content       ${blob}      NOT NULL,
    created_at    ${ts}        NOT NULL
) ${table_options};
