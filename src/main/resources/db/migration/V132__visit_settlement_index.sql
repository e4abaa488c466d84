-- The month's settlement and the plain aggregate it is measured against read only this index (a covering range
-- scan over one municipality's month), never the visit rows themselves. It replaces ix_visit_month, whose
-- service area before the date made a month of several areas several ranges with a row lookup per visit.
CREATE INDEX ix_visit_settle ON visit (municipality_id, planned_date, service_area_id, provider_id, status, granted_minutes,
                                       delivered_minutes, cancelled_at_local);
DROP INDEX ix_visit_month ON visit;
