/**
 * What every feature module stands on: the database (embedded or external), the web shell
 * (GOV.UK Frontend assets, layout helpers, error pages, formats) and the field-level
 * change history. It knows no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.dhrqa.tracker.shared;
