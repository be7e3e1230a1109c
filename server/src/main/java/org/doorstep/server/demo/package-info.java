/**
 * The demo authority generator: a seeded, deterministic synthetic council (teams, workers, a few
 * thousand children across every regime, 18 months of visits and missing episodes) written at start-up
 * when {@code doorstep.demo.generate.children} is above zero.
 */
package org.doorstep.server.demo;
