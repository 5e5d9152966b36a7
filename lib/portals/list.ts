import { clio } from './clio';
import { jane } from './jane';
import { myCase } from './mycase';
import { practicePanther } from './practicepanther';
import { practiceQ } from './practiceq';
import { simplePractice } from './simplepractice';
import { therapyAppointment } from './therapyappointment';
import { therapyNotes } from './therapynotes';

// Every portal with known facts, one file each. A new portal is one new file and one line
// here; its id, the manifest's hosts and the policy schema's portal ids follow from this list.
export const ALL_PORTALS = [
  practicePanther,
  practiceQ,
  therapyAppointment,
  clio,
  myCase,
  simplePractice,
  therapyNotes,
  jane,
] as const;

export type PortalId = (typeof ALL_PORTALS)[number]['id'];

/** The practice portals the extension is built around; the manifest covers their hosts. */
export const PORTALS = ALL_PORTALS.filter((p) => p.inManifest);
