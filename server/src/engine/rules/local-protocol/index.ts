/** Every rule of this family; the registry imports this list. */
import type { Rule } from '../rule.js';
import { caseManagement } from './case-management.js';
import { leadPractitioner, leadPractitionerCompetence } from './lead-practitioner.js';
import { governance, caseAudits } from './governance.js';
import { partnershipWorking, communicationWithFamilies, complaints } from './working-with-others.js';
import { specificGroups } from './specific-groups.js';

export const rules: Rule[] = [
  caseManagement,
  leadPractitioner,
  leadPractitionerCompetence,
  governance,
  caseAudits,
  partnershipWorking,
  communicationWithFamilies,
  complaints,
  specificGroups,
];
