/**
 * Areas: province, region, municipality, district, wijk, buurt and kern, with their CBS codes,
 * population and boundaries. Everything else in Weefsel is located in or active in an area.
 */
@NullMarked
package nl.weefsel.area;

import org.jspecify.annotations.NullMarked;
