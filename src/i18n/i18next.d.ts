import 'i18next';
import type charts from '../../locales/en/charts.json';
import type common from '../../locales/en/common.json';
import type example from '../../locales/en/example.json';
import type guidance from '../../locales/en/guidance.json';
import type snapshots from '../../locales/en/snapshots.json';
import type summary from '../../locales/en/summary.json';
import type workspace from '../../locales/en/workspace.json';
import type workshop from '../../locales/en/workshop.json';
import type ballot from '../../locales/en/ballot.json';
import type present from '../../locales/en/present.json';
import type exportTexts from '../../locales/en/export.json';
import type library from '../../locales/en/library.json';
import type cases from '../../locales/en/cases.json';
import type reference from '../../locales/en/reference.json';
import type ideas from '../../locales/en/ideas.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      workspace: typeof workspace;
      guidance: typeof guidance;
      example: typeof example;
      summary: typeof summary;
      snapshots: typeof snapshots;
      charts: typeof charts;
      workshop: typeof workshop;
      ballot: typeof ballot;
      present: typeof present;
      export: typeof exportTexts;
      library: typeof library;
      cases: typeof cases;
      reference: typeof reference;
      ideas: typeof ideas;
    };
  }
}
