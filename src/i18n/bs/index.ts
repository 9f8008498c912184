// Bosnian / Croatian / Serbian, Latin script: every key of the English catalogue.

import type { en } from '../en/index';
import type { TranslationOf } from '../types';
import { app } from './app';
import { settings } from './settings';
import { common } from './common';
import { stories } from './stories';
import { workshop } from './workshop';
import { presenter } from './presenter';
import { vocabulary } from './vocabulary';
import { metrics } from './metrics';
import { actor } from './actor';
import { map } from './map';
import { list } from './list';
import { suggestions } from './suggestions';
import { sidebar } from './sidebar';
import { scenario } from './scenario';
import { dialogs } from './dialogs';
import { files } from './files';
import { browse } from './browse';
import { problems } from './problems';
import { fileProblems } from './file-problems';

export const bs: TranslationOf<typeof en> = { ...common, ...vocabulary, ...metrics, ...actor, ...map, ...list, ...suggestions, ...sidebar, ...scenario, ...dialogs, ...files, ...browse, ...stories, ...workshop, ...presenter, ...app, ...settings, ...problems, ...fileProblems };
