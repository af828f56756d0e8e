package com.riskdesk.place;

/** How precisely a place is known: an exact point, a named area (a sea or region), or only the country. */
public enum PlacePrecision {
    POINT,
    AREA,
    COUNTRY
}
