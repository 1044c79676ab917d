// GeoJSON (RFC 7946): one FeatureCollection, a Point feature per incident with [longitude, latitude] (WGS 84,
// no "crs" member, numbers always finite); an incident with no known place gets a null geometry, which RFC 7946
// section 3.2 allows. Written a feature at a time so a large ledger never sits in memory.
import type { LedgerIncident } from '../store/types.js';
import { coordinate, killedUnder, outlets, perpetrators, targets } from './common.js';

export function incidentFeature(i: LedgerIncident) {
  const lon = coordinate(i.location?.lon);
  const lat = coordinate(i.location?.lat);
  return {
    type: 'Feature' as const,
    id: i.id,
    geometry: lon !== null && lat !== null ? { type: 'Point' as const, coordinates: [lon, lat] } : null,
    properties: {
      eventType: i.eventType,
      subEventType: i.subEventType,
      dateStart: i.date?.start ?? null,
      dateEnd: i.date?.end ?? null,
      datePrecision: i.date?.precision ?? null,
      location: i.location?.name ?? null,
      admin1: i.location?.admin1 ?? null,
      country: i.location?.country ?? null,
      countryCode: i.location?.countryCode ?? null,
      locationPrecision: i.location?.precision ?? null,
      perpetrators: perpetrators(i),
      targets: targets(i),
      killed: i.casualties.killed,
      injured: i.casualties.injured,
      rule: i.rule,
      fatalities: killedUnder(i, 'lowest')?.best ?? 0,
      status: i.status,
      reports: i.reports.length,
      sources: outlets(i),
    },
  };
}
