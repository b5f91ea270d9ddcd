/**
 * Finding things: one search box for reviews, feedback items, responses and comments,
 * answered by PostgreSQL full-text search. This module owns no tables: it defines
 * {@link org.dhrqa.tracker.search.SearchProvider}, which the modules that own the records
 * implement over their own tables, each showing a person only what they may see, and it
 * merges their answers by rank into one paged list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account" })
package org.dhrqa.tracker.search;
