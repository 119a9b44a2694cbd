/**
 * The OAuth scopes each Apps Script method requires, as Google's reference lists them in the
 * "Authorization" section of the method's page ("Scripts that use this method require authorization
 * with one or more of the following scopes"). One of the listed scopes is enough; a method whose page
 * lists none needs none. Per class: the scopes most of its methods list, and the methods that list
 * others. With explicit `oauthScopes` in appsscript.json, a call whose scopes the manifest lacks fails
 * with "You do not have permission to call X. Required permissions: …" (policy.ts).
 *
 * Source: developers.google.com/apps-script/reference/<service>/<class>, "Authorization" of each
 * method (read through gas-types-detailed 1.1.3, which copies those sections into its typings).
 */
const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPES = {
  spreadsheets: `${AUTH}spreadsheets`,
  currentOnly: `${AUTH}spreadsheets.currentonly`,
  containerUi: `${AUTH}script.container.ui`,
  sendMail: `${AUTH}script.send_mail`,
  scriptApp: `${AUTH}script.scriptapp`,
  email: `${AUTH}userinfo.email`,
} as const;

const SHEETS = [SCOPES.currentOnly, SCOPES.spreadsheets] as const;
const NONE: readonly string[] = [];

interface ClassScopes {
  /** What most methods of the class list. */
  readonly methods: readonly string[];
  /** Methods whose page lists something else (often nothing). */
  readonly except?: Readonly<Record<string, readonly string[]>>;
}

const free = (...methods: string[]): Record<string, readonly string[]> =>
  Object.fromEntries(methods.map((m) => [m, NONE]));

const BY_CLASS: Readonly<Record<string, ClassScopes>> = {
  SpreadsheetApp: {
    methods: NONE,
    except: {
      ...Object.fromEntries(
        [
          'getActive',
          'getActiveRange',
          'getActiveRangeList',
          'getActiveSheet',
          'getActiveSpreadsheet',
          'getCurrentCell',
          'getSelection',
          'setActiveRange',
          'setActiveRangeList',
          'setActiveSheet',
          'setCurrentCell',
        ].map((m) => [m, SHEETS]),
      ),
      openById: [SCOPES.spreadsheets],
      openByUrl: [SCOPES.spreadsheets],
      open: [SCOPES.spreadsheets],
      create: [SCOPES.spreadsheets],
    },
  },
  Spreadsheet: {
    methods: SHEETS,
    except: {
      ...free(
        'createDeveloperMetadataFinder',
        'getActiveSheet',
        'getId',
        'getNumSheets',
        'getRangeByName',
        'getSheetById',
        'getSheetByName',
        'getSheets',
      ),
      show: [SCOPES.containerUi],
    },
  },
  Sheet: { methods: SHEETS, except: free('activate', 'createDeveloperMetadataFinder') },
  Range: {
    methods: SHEETS,
    except: free('activate', 'createDeveloperMetadataFinder', 'getMergedRanges', 'isPartOfMerge', 'offset'),
  },
  RangeList: { methods: SHEETS },
  DeveloperMetadata: { methods: SHEETS },
  DeveloperMetadataFinder: { methods: NONE, except: { find: SHEETS } },
  DeveloperMetadataLocation: { methods: SHEETS },
  Protection: { methods: SHEETS },
  NamedRange: { methods: SHEETS, except: free('getId') },
  Filter: { methods: SHEETS },
  Ui: {
    methods: NONE,
    except: {
      showSidebar: [SCOPES.containerUi],
      showModalDialog: [SCOPES.containerUi],
      showModelessDialog: [SCOPES.containerUi],
    },
  },
  ScriptApp: {
    methods: NONE,
    except: {
      deleteTrigger: [SCOPES.scriptApp],
      getProjectTriggers: [SCOPES.scriptApp],
      getUserTriggers: [SCOPES.scriptApp],
      newTrigger: [SCOPES.scriptApp],
    },
  },
  Trigger: { methods: [SCOPES.scriptApp] },
  TriggerBuilder: { methods: [SCOPES.scriptApp], except: { forSpreadsheet: SHEETS } },
  Session: {
    methods: NONE,
    except: { getActiveUser: [SCOPES.email], getEffectiveUser: [SCOPES.email] },
  },
  MailApp: { methods: [SCOPES.sendMail] },
};

/** The scopes `Class.method` needs (any one of them); [] when its reference page lists none. */
export function requiredScopes(call: string): readonly string[] {
  const dot = call.indexOf('.');
  const cls = BY_CLASS[call.slice(0, dot)];
  if (!cls) return NONE;
  return cls.except?.[call.slice(dot + 1)] ?? cls.methods;
}
