// What reading a network file can find wrong with it, or assumed for it. The core writes these
// lines (src/core/model/problem-words.ts); values from the file are quoted as given, and field
// names (kind, source, …) are the format's own keywords, so they stay as they are in every language.

export const problems = {
  // Places in a file
  'problems.line': 'line {line}',
  'problems.atLine': '{file}, line {line}',
  'problems.atLineColumn': '{file}, line {line}, column {column}',
  'problems.elementWithId': '{element} "{id}"',
  'problems.elementAt': '{element} {position}',
  'problems.onLine': '{place} (line {line})',
  'problems.actorNamedOn': 'actor "{name}" on {place}',
  'problems.andMore': '{places} and {count} more',
  'problems.either': '{first} or {second}',
  'problems.twoFiles': '{first} and {second}',
  'problems.network': 'network',
  'problems.actorRecord': 'actor {position}',
  'problems.actorRecordWithId': 'actor {position} ("{id}")',
  'problems.tieRecord': 'tie {position}',
  'problems.tieRecordWithId': 'tie {position} ("{id}")',
  'problems.wholeRecord': '(whole record)',
  'problems.moreProblems': { one: '…and {count} more problem', other: '…and {count} more problems' },

  // Which files, and how large
  'problems.noFile': 'no file was given',
  'problems.tooManyFiles': 'give one network file, or two CSV files (actors and ties)',
  'problems.actorsWithoutTies': 'looks like a list of actors (it has no source and target columns); choose it together with its ties file',
  'problems.unknownFormat': 'cannot tell the format; use a .json, .csv, .gexf, .graphml or .xml file',
  'problems.pairNotCsv': 'two files must both be CSV, one of actors and one of ties',
  'problems.pairKinds': 'expected one actors file (with a name column) and one ties file (with source and target columns); {first}, {second}',
  'problems.looksLikeTies': '{file} looks like a ties file',
  'problems.looksLikeActors': '{file} looks like an actors file',
  'problems.looksLikeNeither': '{file} looks like neither',
  'problems.tooLarge': '{size} MB is larger than the {limit} MB limit',
  'problems.tooManyActors': { one: '{count} actor is more than the limit of {max} actors', other: '{count} actors is more than the limit of {max} actors' },
  'problems.tooManyTies': { one: '{count} tie is more than the limit of {max} ties', other: '{count} ties is more than the limit of {max} ties' },
  'problems.tooManyActorLines': {
    one: '{count} line after the header is more than the limit of {max} actors',
    other: '{count} lines after the header is more than the limit of {max} actors',
  },
  'problems.tooManyTieLines': {
    one: '{count} line after the header is more than the limit of {max} ties',
    other: '{count} lines after the header is more than the limit of {max} ties',
  },
  'problems.tooManyNodes': {
    one: '{count} <node> element is more than the limit of {max} actors',
    other: '{count} <node> elements is more than the limit of {max} actors',
  },
  'problems.tooManyEdges': {
    one: '{count} <edge> element is more than the limit of {max} ties',
    other: '{count} <edge> elements is more than the limit of {max} ties',
  },

  // CSV
  'problems.quoteNotClosed': 'a quoted cell is never closed (a " is missing)',
  'problems.quoteNotDoubled': 'a " inside a quoted cell must be doubled ("")',
  'problems.cellCount': 'has {cells} but the header (line {headerLine}) names {columns}',
  'problems.cells': { one: '{count} cell', other: '{count} cells' },
  'problems.columns': { one: '{count} column', other: '{count} columns' },
  'problems.duplicateColumns': 'columns "{first}" and "{second}" both mean {meaning}; keep one',
  'problems.missingColumn': 'no {field} column ({have})',
  'problems.fileEmpty': 'the file is empty',
  'problems.columnsAre': 'its columns are {columns}',
  'problems.reservedNamesIgnored': {
    one: 'ignored {names}: reserved name that cannot be kept',
    other: 'ignored {names}: reserved names that cannot be kept',
  },

  // JSON and XML
  'problems.notValidJson': 'not valid JSON ({detail})',
  'problems.jsonEndsEarly': 'the text ends too early',
  'problems.jsonLineBreak': 'unexpected line break',
  'problems.jsonUnexpected': 'unexpected {character}',
  'problems.jsonUnexpectedControl': 'unexpected character {character}',
  'problems.xmlDeclaration':
    'refused, because it declares a DOCTYPE or an ENTITY, which XML attacks use to read other files or expand without end; remove the <!DOCTYPE …> part and try again',
  'problems.notWellFormedXml': 'not well-formed XML ({detail})',
  'problems.noXmlElement': 'no XML element found',
  'problems.wrongRoot': 'expected a <{expected}> root element, found <{found}>',
  'problems.noGraph': 'the <{root}> element has no <graph>',
  'problems.noNodes': 'no nodes were found',
  'problems.unlabelledNodes': {
    one: '{count} node has no label ({places}); the id was taken as the name',
    other: '{count} nodes have no label ({places}); the id was taken as the name',
  },
  'problems.selfLoops': {
    one: 'left out {count} edge from a node to itself ({places})',
    other: 'left out {count} edges from a node to itself ({places})',
  },

  // Building the network
  'problems.noActors': 'no actors were found',
  'problems.defaultedActors': {
    one: '{count} actor has no {field} ({places}); it was given {values}',
    other: '{count} actors have no {field} ({places}); they were given {values}',
  },
  'problems.defaultedTies': {
    one: '{count} tie has no {field} ({places}); it was given {values}',
    other: '{count} ties have no {field} ({places}); they were given {values}',
  },
  'problems.facilitatorNotFound': 'the facilitator "{name}" given in the options is not one of the actors',
  'problems.facilitatorsMarked': {
    one: '{count} actor is marked as the facilitator ({places}); mark only one',
    other: '{count} actors are marked as the facilitator ({places}); mark only one',
  },
  'problems.facilitatorUnWomen': 'no facilitator was named, so "{name}" ({id}) was taken; name another with a facilitator column or option',
  'problems.facilitatorBusiest':
    'no facilitator was named and there is no "UN Women", so "{name}" ({id}), the actor with the most ties ({degree}), was taken; name another with a facilitator column or option',

  // Field checks
  'problems.expectedObject': 'expected an object, got {value}',
  'problems.missing': 'is missing',
  'problems.expectedText': 'expected text, got {value}',
  'problems.missingOneOf': 'is missing (one of: {allowed})',
  'problems.expectedOneOf': 'expected one of {allowed}; got {value}',
  'problems.expectedYear': 'expected a year such as 2008, got {value}',
  'problems.expectedWholeNumber': 'expected a whole number, got {value}',
  'problems.missingList': 'is missing (expected a list)',
  'problems.expectedList': 'expected a list, got {value}',
  'problems.expectedEvidence': 'expected a list of { quote, section }, got {value}',
  'problems.needsQuote': 'needs a quote (text)',
  'problems.needsSection': 'needs a section (text)',
  'problems.quoteTooLong': { one: 'quote is {count} character; keep it under {max}', other: 'quote is {count} characters; keep it under {max}' },
  'problems.valueList': 'a list',
  'problems.valueObject': 'an object',
  'problems.valueEmptyText': 'empty text',
  'problems.valueNumber': 'number {value}',
  'problems.valueBoolean': 'boolean {value}',
  'problems.valueNothing': 'nothing',
  'problems.sameAsSource': 'is the same actor as source',
  'problems.untilBeforeSince': 'is {until}, before since ({since})',
  'problems.expectedVersion': 'expected {expected}, got {got}',
  'problems.expectedVersionNewer': 'expected {expected}, got {got} (written by a newer version of Bridgework)',
  'problems.expectedFormat': 'expected "{expected}", got {got}',
  'problems.notInNetwork': 'names actor "{id}", which is not in the network',
  'problems.repeatsActorId': 'repeats "{id}", already used by an earlier actor',
  'problems.repeatsTieId': 'repeats "{id}", already used by an earlier tie',
  'problems.reservedName': '"{value}" is a reserved name; choose another',
};
