package org.doorstep.server.access;

/** What a caller may do with one child's case records. */
public enum Access {
    /** Nothing: the child is not listed, its records are not sent, reads answer 403. */
    NONE,
    /** The child and its records may be read; mutations for it are refused. */
    READ,
    /** Read and record. */
    WRITE;

    public boolean canRead() {
        return this != NONE;
    }

    public boolean canWrite() {
        return this == WRITE;
    }

    /** The wider of the two, for a person with several roles. */
    public Access or(Access other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
