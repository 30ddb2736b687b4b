/**
 * The algorithms behind {@link nl.weefsel.analysis.NetworkAnalysis}. They work on
 * {@link nl.weefsel.analysis.internal.CsrGraph}, a compact int-indexed adjacency, and return
 * arrays indexed like its nodes; only the analysis package should use them.
 */
@NullMarked
package nl.weefsel.analysis.internal;

import org.jspecify.annotations.NullMarked;
