import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PORTALS, PORTAL_HOSTS } from './index';

const here = resolve(import.meta.dirname);
const schema = JSON.parse(readFileSync(resolve(here, '../../public/managed_schema.json'), 'utf8'));

describe('the portal registry: one file a portal, everything else derived', () => {
  it('lists every portal file once', () => {
    const files = readdirSync(here).filter(
      (f) => /^[a-z]+\.ts$/.test(f) && !['index.ts', 'list.ts', 'hosts.ts', 'types.ts'].includes(f),
    );
    expect(ALL_PORTALS.length).toBe(files.length);
    expect(new Set(ALL_PORTALS.map((p) => p.id)).size).toBe(ALL_PORTALS.length);
  });

  it("the practice policy's portal ids are exactly the portals' ids (public/managed_schema.json)", () => {
    expect(schema.properties.enabledPortals.items.enum).toEqual(ALL_PORTALS.map((p) => p.id));
    for (const p of ALL_PORTALS) expect(schema.properties.enabledPortals.description).toContain(p.id);
  });

  it('the manifest hosts are the manifest portals’ hosts, and nothing else', () => {
    const manifestPortals = ALL_PORTALS.filter((p) => p.inManifest);
    expect(manifestPortals.map((p) => p.id)).toEqual(['practicepanther', 'practiceq', 'therapyappointment']);
    expect(PORTAL_HOSTS).toEqual(manifestPortals.flatMap((p) => p.hosts));
  });
});
