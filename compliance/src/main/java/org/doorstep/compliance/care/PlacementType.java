package org.doorstep.compliance.care;

import java.util.Optional;

/** Which part of CPPCR 2010 reg 28 sets a looked-after child's visiting frequency. */
public enum PlacementType {
    /** Reg 28(2): foster care, children's homes and other placements: 1 week, 6 weeks in year 1, then 3 months or 6 weeks (or 28(3A)). */
    GENERAL("general"),
    /** Reg 28(3): placed with a parent under reg 19 before the assessment is complete: weekly until the first review, then 6 weeks. */
    WITH_PARENT_REG19("with_parent_reg19"),
    /** Reg 28(4): connected person with temporary approval under reg 24: weekly until the first review, then 4 weeks. */
    CONNECTED_PERSON_REG24("connected_person_reg24"),
    /** Reg 28(4): interim care order, child living with a parent: weekly until the first review, then 4 weeks. */
    ICO_WITH_PARENT("ico_with_parent"),
    /** Reg 28(5): s.31 care order, child living with a parent: within 1 week of the order, then 6 weeks. */
    CARE_ORDER_WITH_PARENT("care_order_with_parent"),
    /** Reg 28(6): someone else is responsible for the living arrangements (custody, hospital): 1 week, 6 weeks in year 1, then 3 months (verify). */
    OTHER_ARRANGEMENTS("other_arrangements");

    private final String code;

    PlacementType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The type named {@code code}; {@code foster} and {@code childrens_home} are the general case. */
    public static Optional<PlacementType> fromCode(String code) {
        if ("foster".equals(code) || "childrens_home".equals(code)) {
            return Optional.of(GENERAL);
        }
        for (PlacementType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
