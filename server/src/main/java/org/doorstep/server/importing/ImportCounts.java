package org.doorstep.server.importing;

/** What an import did with the rows of one file. */
public record ImportCounts(int added, int changed, int unchanged) {
    @Override
    public String toString() {
        return added + " added, " + changed + " changed, " + unchanged + " unchanged";
    }
}
