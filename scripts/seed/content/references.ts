import type { SeedReference } from './types'

export const references: SeedReference[] = [
  {
    key: 'williams-2013',
    citationType: 'news',
    title: 'Envoys urge U.N. probe of massacre at Iranian exile camp in Iraq',
    authors: [{ last: 'Williams', first: 'Carol J.' }],
    work: 'Los Angeles Times',
    date: '2013-09-19',
    archiveDate: '2013-11-05',
    accessDate: '2013-10-30',
  },
  {
    key: 'sen-2013',
    citationType: 'news',
    title: "52 Iranian exiles killed at Iraq's Camp Ashraf",
    authors: [{ last: 'Sen', first: 'Ashish Kumar' }],
    work: 'The Washington Times',
    date: '2013-09-01',
    archiveDate: '2013-11-07',
    accessDate: '2013-10-30',
  },
  {
    key: 'dreazen-2013',
    citationType: 'news',
    title: 'Exclusive: U.S. Fingers Iranian Commandos for Kidnapping Raid Inside Iraq',
    authors: [{ last: 'Dreazen', first: 'Yochi' }],
    work: 'Foreign Policy',
    date: '2013-12-17',
    archiveDate: '2013-12-20',
    accessDate: '2013-12-20',
  },
  {
    key: 'un-sg-2013',
    citationType: 'press-release',
    title: 'Secretary-General Deplores Deaths at Camp Ashraf in Iraq, Urging Investigation',
    work: 'United Nations',
    date: '2013-09-01',
    archiveDate: '2013-10-19',
    accessDate: '2023-05-27',
  },
  {
    key: 'un-news-2013',
    citationType: 'news',
    title: 'Iraq: UN human rights office, UN mission condemn attack on Camp Ashraf',
    work: 'UN News Centre',
    date: '2013-09-03',
  },
  {
    key: 'state-dept-2013',
    citationType: 'press-release',
    title: 'Situation at Camp Ashraf in Iraq',
    work: 'U.S. Department of State',
    date: '2013-09-06',
    archiveDate: '2022-07-01',
    accessDate: '2023-05-27',
  },
  {
    key: 'eu-ashton-2013',
    citationType: 'press-release',
    title:
      'Statement by High Representative Catherine Ashton on the killing of residents at Camp Ashraf',
    work: 'European Union',
    date: '2013-09-02',
    format: 'PDF',
    archiveDate: '2013-12-20',
    accessDate: '2013-12-20',
  },
  {
    // The page names Amnesty International as the work for this UK Foreign Office statement;
    // it is kept exactly as given.
    key: 'fco-2013',
    citationType: 'press-release',
    title: 'Foreign Office Minister condemns violence at Camp Ashraf, Iraq',
    work: 'Amnesty International',
    date: '2013-09-02',
    archiveDate: '2013-12-20',
    accessDate: '2013-12-20',
  },
  {
    key: 'amnesty-2013',
    citationType: 'web',
    title: 'Iraq: Impartial investigation of Camp Ashraf deaths crucial',
    work: 'Amnesty International',
    date: '2013-09-02',
    archiveDate: '2014-01-20',
    accessDate: '2023-05-27',
  },
  {
    // The related articles and their events are built from the summaries this page gives of
    // them, and it names no other source for their facts: it is cited for them, so every
    // figure, perpetrator and paragraph of the demo says where it comes from. It is not cited
    // by the Camp Ashraf article, whose references are the page's own nine.
    key: 'reference-page',
    citationType: 'web',
    title: '2013 Camp Ashraf massacre',
    work: 'Wikipedia',
    publisher: 'Wikimedia Foundation',
  },
]

/**
 * Where the demo places are is a fact like any figure, so it is cited: the reference page
 * names the places but gives no coordinates. Coordinates are rounded to two decimals (about a
 * kilometre), which is all an infobox map can show.
 */
export const gazetteerReferences: SeedReference[] = [
  {
    key: 'geonames',
    citationType: 'web',
    title: 'GeoNames geographical database',
    work: 'GeoNames',
    publisher: 'GeoNames',
    url: 'https://www.geonames.org/',
    accessDate: '2026-12-07',
  },
]
