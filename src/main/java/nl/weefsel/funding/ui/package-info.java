/** The funding views: ties, an initiative's financing mix, similar funders, money per area. */
@NullMarked
package nl.weefsel.funding.ui;

import org.jspecify.annotations.NullMarked;
