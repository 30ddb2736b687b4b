/**
 * Impact of partnerships, "tellen en vertellen": counts per measurement moment and their change
 * over time, stories with recorded consent, and KC-R's Wat–Hoe–Wanneer checklists per school type.
 * Every record belongs to the partnership that made it and is private to its parties until they
 * share it with the municipality or a named funder (DD009). Nothing here ranks institutions.
 */
@NullMarked
package nl.weefsel.impact;

import org.jspecify.annotations.NullMarked;
