package io.pteroca.panel.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of a list: its items and the cursor that asks for the next page (null on the last one). */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
record ApiList<T>(List<T> data,
                  @Schema(description = "Pass as ?cursor= to get the next page; null on the last page", nullable = true)
                  String nextCursor) {
}
