package com.riskdesk.dashboard;

import com.riskdesk.entry.Basis;

/** One entry's figure for an indicator, with the entry that gave it. */
public record SourcedFigure(Citation citation, Basis basis, FigureValue value) {
}
