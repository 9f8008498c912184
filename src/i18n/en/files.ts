// Networks in and out: importing files, the export menu, backups, pictures, and whether the work is saved.

export const files = {
  'files.network': 'Network',
  'files.import': 'Import…',
  'files.importing': 'Importing…',
  'files.filesToImport': 'Network files to import',
  'files.importedWithAssumptions': 'Imported, with assumptions',
  'files.notImported': 'Not imported',
  'files.openedCheck': '{files} opened. Check what was assumed:',
  'files.couldNotImport': '{files} could not be imported; the network on screen is unchanged.',
  'files.tooLarge': '{file}: {size} MB is larger than the {limit} MB limit; nothing was imported',
  'files.couldNotRead': '{files}: could not be read ({reason})',
  'files.dropToOpen': 'Drop a network file to open it',
  'files.dropFormats': 'JSON, CSV (actors and ties, or a list of ties), GEXF or GraphML',

  'files.export': 'Export',
  'files.networkAndScenarios': 'Network and scenarios (JSON)',
  'files.actorsCsv': 'Actors (CSV)',
  'files.tiesCsv': 'Ties (CSV)',
  'files.metricsCsv': 'Metrics (CSV)',
  'files.backup': 'Download everything (backup)',
  'files.restore': 'Restore from backup…',
  'files.gephi': 'Gephi (GEXF)',
  'files.backupToRestore': 'Backup file to restore',
  'files.notRestored': 'The backup was not restored; your work is unchanged:',
  'files.savePng': 'Save PNG',
  'files.saveSvg': 'Save SVG',

  'files.saveStatus': 'Save status',
  'files.downloadEverything': 'Download everything',
  'files.reload': 'Reload',
  'files.saved': 'All changes saved.',
  'files.saving': 'Saving…',
  'files.savingSoon': 'Saving soon…',
  'files.loading': 'Loading the saved work…',
  'files.storageFull':
    'Not saved: this browser\'s storage for Bridgework is full. Your work is kept in this tab; use "Download everything" to keep a copy. Removing imported networks you no longer need frees space.',
  'files.storageRefused':
    'Not saved: this browser does not let Bridgework store data here (private browsing, or site data turned off). Your work is kept in this tab; use "Download everything" to keep a copy.',
  'files.newerTab':
    'This tab has stopped saving: Bridgework was opened in a newer version in another tab, and this older tab must not write over its data. Reload the page.',
  'files.newerData': 'This tab cannot open the saved data: a newer version of Bridgework has upgraded it. Reload the page.',
  'files.staleTab':
    'This tab has stopped saving: another tab saved newer work. Reload to see it; what this tab had not saved is set aside, not lost.',
  'files.wouldEmpty': 'Not saved: this would replace your saved scenarios with none, and they were not deleted on purpose.',
  'files.idTaken': 'Not saved: another tab stored a different network under the same id. Reload the page, then import the file again.',
  'files.stillLoading': 'Not saved yet: the saved work is still loading.',
  'files.notABackup': 'Not restored: the file is not a Bridgework backup that can be read.',
  'files.databaseNotOpen': 'The database is not open yet.',
  'files.storeClosed': 'The store was closed.',
  'files.notSavedBecause': 'Not saved: {reason}. Your work is kept in this tab.',
} as const;
