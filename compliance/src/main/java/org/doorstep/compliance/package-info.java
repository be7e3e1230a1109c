/** Visiting windows, the return-interview clock and the working-day calendar. */
package org.doorstep.compliance;
