import type { SeedReaction } from './types'

// In the order the reference page cites them ([4]–[9]); the seed creates them in this order.
export const reactions: SeedReaction[] = [
  {
    event: 'camp-ashraf-2013',
    actor: 'Ban Ki-moon, UN Secretary-General',
    actorType: 'igo',
    date: '2013-09-01',
    stance: 'call-for-investigation',
    statement:
      'The UN Secretary-General deplored the deaths at Camp Ashraf and pressed for them to be investigated.',
    reference: 'un-sg-2013',
  },
  {
    event: 'camp-ashraf-2013',
    actor: 'UN human rights office and UN Assistance Mission for Iraq',
    actorType: 'igo',
    date: '2013-09-03',
    stance: 'condemnation',
    statement:
      "The UN's human rights office and its mission in Iraq both condemned the attack on Camp Ashraf.",
    reference: 'un-news-2013',
  },
  {
    event: 'camp-ashraf-2013',
    actor: 'U.S. Department of State',
    actorType: 'government',
    country: 'United States',
    date: '2013-09-06',
    stance: 'other',
    statement: 'The U.S. Department of State put out a statement on the situation at Camp Ashraf.',
    reference: 'state-dept-2013',
  },
  {
    event: 'camp-ashraf-2013',
    actor: 'Catherine Ashton, EU High Representative',
    actorType: 'igo',
    date: '2013-09-02',
    stance: 'other',
    statement:
      "The European Union's High Representative issued a statement addressing the killing of residents at Camp Ashraf.",
    reference: 'eu-ashton-2013',
  },
  {
    event: 'camp-ashraf-2013',
    actor: 'UK Foreign Office Minister',
    actorType: 'government',
    country: 'United Kingdom',
    date: '2013-09-02',
    stance: 'condemnation',
    statement: 'A British Foreign Office minister condemned the violence at Camp Ashraf in Iraq.',
    reference: 'fco-2013',
  },
  {
    event: 'camp-ashraf-2013',
    actor: 'Amnesty International',
    actorType: 'ngo',
    date: '2013-09-02',
    stance: 'call-for-investigation',
    statement:
      'Amnesty International said it was crucial that the deaths at Camp Ashraf be investigated impartially.',
    reference: 'amnesty-2013',
  },
]
