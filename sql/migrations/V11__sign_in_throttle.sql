-- Token buckets of the sign-in throttle (per account and per client address), shared by every
-- instance: the state is bucket4j's serialised bucket, swapped by compare-and-set.
CREATE TABLE sign_in_bucket (
  bucket_key  VARCHAR(320)   NOT NULL,
  state       VARBINARY(512) NOT NULL,
  updated_at  TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (bucket_key),
  INDEX ix_sign_in_bucket_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
