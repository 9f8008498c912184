// Every English text of the interface: the reference every other language translates, key for key.

import type { Catalogue } from '../types';
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

export const en = { ...common, ...vocabulary, ...metrics, ...actor, ...map, ...list, ...suggestions, ...sidebar, ...scenario, ...dialogs, ...files, ...browse, ...stories, ...workshop, ...presenter, ...app, ...settings, ...problems, ...fileProblems } satisfies Catalogue;

export type MessageKey = keyof typeof en;
