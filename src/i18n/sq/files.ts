import type { files as english } from '../en/files';
import type { TranslationOf } from '../types';

export const files: TranslationOf<typeof english> = {
  'files.network': 'Rrjeti',
  'files.import': 'Importo…',
  'files.importing': 'Po importohet…',
  'files.filesToImport': 'Skedarët e rrjetit për t’u importuar',
  'files.importedWithAssumptions': 'U importua, me supozime',
  'files.notImported': 'Nuk u importua',
  'files.openedCheck': '{files} u hap. Kontrolloni çfarë u supozua:',
  'files.couldNotImport': '{files} nuk mund të importohej; rrjeti në ekran nuk ka ndryshuar.',
  'files.tooLarge': '{file}: {size} MB është më shumë se kufiri prej {limit} MB; nuk u importua asgjë',
  'files.couldNotRead': '{files}: nuk mund të lexohej ({reason})',
  'files.dropToOpen': 'Lëshoni një skedar rrjeti për ta hapur',
  'files.dropFormats': 'JSON, CSV (aktorë dhe lidhje, ose një listë lidhjesh), GEXF ose GraphML',

  'files.export': 'Eksporto',
  'files.networkAndScenarios': 'Rrjeti dhe skenarët (JSON)',
  'files.actorsCsv': 'Aktorët (CSV)',
  'files.tiesCsv': 'Lidhjet (CSV)',
  'files.metricsCsv': 'Treguesit (CSV)',
  'files.backup': 'Shkarko gjithçka (kopje rezervë)',
  'files.restore': 'Rikthe nga kopja rezervë…',
  'files.gephi': 'Gephi (GEXF)',
  'files.backupToRestore': 'Skedari i kopjes rezervë për t’u rikthyer',
  'files.notRestored': 'Kopja rezervë nuk u rikthye; puna juaj nuk ka ndryshuar:',
  'files.savePng': 'Ruaj PNG',
  'files.saveSvg': 'Ruaj SVG',

  'files.saveStatus': 'Gjendja e ruajtjes',
  'files.downloadEverything': 'Shkarko gjithçka',
  'files.reload': 'Ringarko',
  'files.saved': 'Gjithçka u ruajt.',
  'files.saving': 'Po ruhet…',
  'files.savingSoon': 'Ruhet së shpejti…',
  'files.loading': 'Po ngarkohet puna e ruajtur…',
  'files.storageFull':
    'Nuk u ruajt: hapësira e këtij shfletuesi për Bridgework është plot. Puna juaj mbetet në këtë skedë; përdorni «Shkarko gjithçka» për të mbajtur një kopje. Heqja e rrjeteve të importuara që nuk ju duhen më liron hapësirë.',
  'files.storageRefused':
    'Nuk u ruajt: ky shfletues nuk e lejon Bridgework të ruajë të dhëna këtu (shfletim privat, ose të dhënat e faqeve janë çaktivizuar). Puna juaj mbetet në këtë skedë; përdorni «Shkarko gjithçka» për të mbajtur një kopje.',
  'files.newerTab':
    'Kjo skedë nuk ruan më: Bridgework u hap në një version më të ri në një skedë tjetër, dhe kjo skedë më e vjetër nuk duhet të shkruajë mbi të dhënat e tij. Ringarkoni faqen.',
  'files.newerData': 'Kjo skedë nuk mund t’i hapë të dhënat e ruajtura: një version më i ri i Bridgework i ka përditësuar. Ringarkoni faqen.',
  'files.staleTab':
    'Kjo skedë nuk ruan më: një skedë tjetër ruajti punë më të re. Ringarkoni faqen për ta parë; ajo që kjo skedë nuk kishte ruajtur lihet mënjanë, nuk humbet.',
  'files.wouldEmpty': 'Nuk u ruajt: kjo do t’i zëvendësonte skenarët tuaj të ruajtur me asnjë, ndërkohë që ata nuk u fshinë qëllimisht.',
  'files.idTaken': 'Nuk u ruajt: një skedë tjetër ruajti një rrjet tjetër me të njëjtin identifikues. Ringarkoni faqen, pastaj importojeni skedarin përsëri.',
  'files.stillLoading': 'Ende e paruajtur: puna e ruajtur po ngarkohet ende.',
  'files.notABackup': 'Nuk u rikthye: skedari nuk është kopje rezervë e Bridgework që mund të lexohet.',
  'files.databaseNotOpen': 'Baza e të dhënave nuk është hapur ende.',
  'files.storeClosed': 'Hapësira e ruajtjes u mbyll.',
  'files.notSavedBecause': 'Nuk u ruajt: {reason}. Puna juaj mbetet në këtë skedë.',
};
