package org.stepin.app.event;

/** Why an input record went to the dead-letter topic. Bounded: it is used as a metric tag. */
public enum ErrorKind {
    /** The record has no key (the youth id). */
    NULL_KEY,
    /** The record has no value where one is required. */
    NULL_VALUE,
    /** The key or value is not valid UTF-8. */
    BAD_UTF8,
    /** The value is not well-formed JSON, or not a JSON object. */
    MALFORMED_JSON,
    /** A required field is missing or null. */
    MISSING_FIELD,
    /** A field has the wrong JSON type or an unparseable value (e.g. a bad timestamp). */
    WRONG_TYPE,
    /** An enum field has a value outside the contract. */
    UNKNOWN_ENUM,
    /** The text, or the record, is over the size limit. */
    TOO_LARGE,
    /** The key does not match the youth id in the value. */
    KEY_MISMATCH,
    /** Processing failed unexpectedly; the record is kept for replay. */
    PROCESSING_ERROR
}
