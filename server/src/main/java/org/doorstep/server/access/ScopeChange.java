package org.doorstep.server.access;

/**
 * One event that may have moved a child into or out of someone's view, with its own change number.
 *
 * @param number  the change number
 * @param childId the child
 * @param before  the child's state just before
 * @param after   the child's state just after
 */
public record ScopeChange(long number, String childId, ChildState before, ChildState after) {
}
