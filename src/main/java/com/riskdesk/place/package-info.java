/**
 * Places: the shipped gazetteer of countries and seas ({@link com.riskdesk.place.Gazetteer}), where an entry
 * happened with its precision ({@link com.riskdesk.place.Place}), and the geometry maps and GeoJSON draw from.
 */
package com.riskdesk.place;
