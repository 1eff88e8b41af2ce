package io.pteroca.panel.overview;

import java.util.List;

/** One chart's labels and values, in the order drawn. */
record Series(List<String> labels, List<Number> values) {
}
