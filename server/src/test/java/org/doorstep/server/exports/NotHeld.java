package org.doorstep.server.exports;

import java.util.Set;

/**
 * The columns of each list that Doorstep does not hold (docs/ANNEX-A.md): present, and blank in every row.
 * Written out here, apart from the production code, so that the schema check holds the code to the doc.
 */
final class NotHeld {
    private NotHeld() {
    }

    static Set<String> of(AnnexAList list) {
        return switch (list) {
            case LIST_6 -> Set.of("Gender", "Ethnicity", "Does the Child have a Disability", "CIN Start Date",
                    "Primary Need Code", "Reason for Closure");
            case LIST_7 -> Set.of("Gender", "Ethnicity", "Does the Child have a Disability", "Initial Category of Abuse",
                    "Latest Category of Abuse", "Date of latest review conference",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)");
            case LIST_8 -> Set.of("Gender", "Ethnicity",
                    "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                    "Does the Child have a Disability", "Child's Category of Need", "Start date of current legal status",
                    "Child's Legal Status", "Date of Latest Statutory Review", "What is the permanence plan for this child?",
                    "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
                    "Date of Last Dental Check", "Reason Ceased to be Looked After", "Placement Type", "Placement Provider",
                    "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
                    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months");
        };
    }
}
