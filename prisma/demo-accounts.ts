// Demo accounts, created with the sample data only when TANDEM_DEMO=1 (the quick start's
// embedded database). Their password is public: never enable the demo on a real server.
export const DEMO_PASSWORD = 'tandem-demo'

type DemoAccount = { email: string; name: string; role: 'OWNER' | 'EDITOR' | 'REVIEWER' | 'VIEWER'; isAdmin: boolean }

export const demoAccounts = ([
  { email: 'ada@tandem.example', name: 'Ada Owner', role: 'OWNER', isAdmin: true },
  { email: 'erik@tandem.example', name: 'Erik Editor', role: 'EDITOR', isAdmin: false },
  { email: 'rosa@tandem.example', name: 'Rosa Reviewer', role: 'REVIEWER', isAdmin: false },
  { email: 'vic@tandem.example', name: 'Vic Viewer', role: 'VIEWER', isAdmin: false },
] satisfies DemoAccount[]).map((account): DemoAccount & { password: string } => ({ ...account, password: DEMO_PASSWORD }))
