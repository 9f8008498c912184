import type { files as english } from '../en/files';
import type { TranslationOf } from '../types';

export const files: TranslationOf<typeof english> = {
  'files.network': 'Mreža',
  'files.import': 'Uvezi…',
  'files.importing': 'Uvoz u toku…',
  'files.filesToImport': 'Datoteke mreže za uvoz',
  'files.importedWithAssumptions': 'Uvezeno, uz pretpostavke',
  'files.notImported': 'Nije uvezeno',
  'files.openedCheck': 'Otvoreno: {files}. Provjerite šta je pretpostavljeno:',
  'files.couldNotImport': 'Uvoz nije uspio: {files}. Mreža na ekranu je nepromijenjena.',
  'files.tooLarge': '{file}: {size} MB je više od ograničenja od {limit} MB; ništa nije uvezeno',
  'files.couldNotRead': '{files}: čitanje nije uspjelo ({reason})',
  'files.dropToOpen': 'Ispustite datoteku mreže da je otvorite',
  'files.dropFormats': 'JSON, CSV (akteri i veze, ili lista veza), GEXF ili GraphML',

  'files.export': 'Izvezi',
  'files.networkAndScenarios': 'Mreža i scenariji (JSON)',
  'files.actorsCsv': 'Akteri (CSV)',
  'files.tiesCsv': 'Veze (CSV)',
  'files.metricsCsv': 'Pokazatelji (CSV)',
  'files.backup': 'Preuzmi sve (rezervna kopija)',
  'files.restore': 'Vrati iz rezervne kopije…',
  'files.gephi': 'Gephi (GEXF)',
  'files.backupToRestore': 'Rezervna kopija za vraćanje',
  'files.notRestored': 'Rezervna kopija nije vraćena; vaš rad je nepromijenjen:',
  'files.savePng': 'Sačuvaj PNG',
  'files.saveSvg': 'Sačuvaj SVG',

  'files.saveStatus': 'Stanje čuvanja',
  'files.downloadEverything': 'Preuzmi sve',
  'files.reload': 'Ponovo učitaj',
  'files.saved': 'Sve je sačuvano.',
  'files.saving': 'Čuvanje…',
  'files.savingSoon': 'Čuvanje uskoro…',
  'files.loading': 'Učitavanje sačuvanog rada…',
  'files.storageFull':
    'Nije sačuvano: prostor ovog preglednika za Bridgework je pun. Vaš rad ostaje u ovoj kartici; koristite „Preuzmi sve“ da sačuvate kopiju. Uklanjanjem uvezenih mreža koje vam više ne trebaju oslobađate prostor.',
  'files.storageRefused':
    'Nije sačuvano: ovaj preglednik ne dopušta da Bridgework ovdje čuva podatke (privatno pregledanje ili isključeni podaci stranica). Vaš rad ostaje u ovoj kartici; koristite „Preuzmi sve“ da sačuvate kopiju.',
  'files.newerTab':
    'Ova kartica više ne čuva: Bridgework je otvoren u novijoj verziji u drugoj kartici, a ova starija kartica ne smije pisati preko njegovih podataka. Ponovo učitajte stranicu.',
  'files.newerData': 'Ova kartica ne može otvoriti sačuvane podatke: novija verzija Bridgeworka ih je nadogradila. Ponovo učitajte stranicu.',
  'files.staleTab':
    'Ova kartica više ne čuva: druga kartica je sačuvala noviji rad. Ponovo učitajte stranicu da ga vidite; ono što ova kartica nije sačuvala odloženo je, a ne izgubljeno.',
  'files.wouldEmpty': 'Nije sačuvano: time bi sačuvani scenariji bili zamijenjeni nijednim, a niste ih namjerno izbrisali.',
  'files.idTaken': 'Nije sačuvano: druga kartica je pod istim identifikatorom sačuvala drugu mrežu. Ponovo učitajte stranicu, pa ponovo uvezite datoteku.',
  'files.stillLoading': 'Još nije sačuvano: sačuvani rad se još učitava.',
  'files.notABackup': 'Nije vraćeno: datoteka nije rezervna kopija Bridgeworka koja se može pročitati.',
  'files.databaseNotOpen': 'Baza podataka još nije otvorena.',
  'files.storeClosed': 'Spremište je zatvoreno.',
  'files.notSavedBecause': 'Nije sačuvano: {reason}. Vaš rad ostaje u ovoj kartici.',
};
