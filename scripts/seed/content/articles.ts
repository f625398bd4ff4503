import type { SeedArticle, SeedBlock } from './types'

/**
 * The related articles' text is our own account of what the reference page says about them,
 * so each paragraph cites that page (see `reference-page` in references.ts).
 */
const citingReferencePage = (article: SeedArticle): SeedArticle => ({
  ...article,
  body: article.body.map((block): SeedBlock =>
    'p' in block ? { p: [...block.p, { cite: 'reference-page' }] } : block,
  ),
})

/** The related articles, in the order the reference page lists them. */
const related: SeedArticle[] = [
  {
    key: 'tariq-aziz',
    title: 'Tariq Aziz',
    slug: 'tariq-aziz',
    shortDescription: 'Iraqi politician (1936–2015)',
    summary:
      "Tariq Aziz was an Iraqi politician and a close adviser to President Saddam Hussein. He was Iraq's Deputy Prime Minister from 1979 to 2003 and its Minister of Foreign Affairs from 1983 to 1991.",
    body: [
      {
        p: [
          "Under Saddam Hussein, Aziz held two of the most senior posts in the Iraqi government, serving as Deputy Prime Minister (1979–2003) and as Minister of Foreign Affairs (1983–1991), and he was one of the president's closest advisers. The two men had known each other since the 1950s, when both were activists in the Arab Socialist Ba'ath Party, which was banned at the time.",
        ],
      },
      {
        p: [
          'In his politics Aziz was an Arab nationalist, and in his faith he belonged to the Chaldean Catholic Church.',
        ],
      },
    ],
  },
  {
    key: 'pmoi',
    title: "People's Mojahedin Organization of Iran",
    slug: 'peoples-mojahedin-organization-of-iran',
    shortDescription: 'Political party in Iran',
    summary:
      "The People's Mojahedin Organization of Iran (PMOI), known too as the MEK (Mojahedin-e-Khalq) and as the MKO (Mojahedin-e-Khalq Organization), is an Iranian dissident group that once fought as an armed movement and now works mainly through political advocacy. Its headquarters are in Albania.",
    body: [
      {
        p: [
          "The organization began with an ideology that joined Islam with revolutionary Marxism. Following the Iranian Revolution, its goal became the overthrow of the Islamic Republic's government and its replacement by a government of the group's own. Formerly an armed movement, it has since turned mostly to political advocacy, and its headquarters are now in Albania.",
        ],
      },
      {
        p: [
          "The MEK was at one time described as Iran's largest and most active armed dissident group, and some of its political supporters in the West still portray it as a leading Iranian opposition force. Within Iran, however, it is deeply unpopular today, chiefly because it sided with Iraq during the Iran–Iraq War.",
        ],
      },
    ],
  },
  {
    key: 'maryam-rajavi',
    title: 'Maryam Rajavi',
    slug: 'maryam-rajavi',
    shortDescription: 'Iranian opposition leader (born 1953)',
    summary:
      "Maryam Rajavi is an Iranian dissident politician who leads the People's Mujahedin of Iran (MEK); the group's National Council of Resistance of Iran (NCRI) has named her its president-elect.",
    body: [
      {
        p: [
          "Rajavi heads the People's Mujahedin of Iran (MEK), an organization that campaigns for the overthrow of the Iranian government, and she holds the position of president-elect of the MEK's National Council of Resistance of Iran (NCRI). Her husband, Massoud Rajavi, is the MEK's co-leader.",
        ],
      },
      {
        p: [
          'As the PMOI\'s leader, she was among those who called the Iraqi Army\'s April 2011 raid on Camp Ashraf a "massacre".',
        ],
      },
    ],
  },
  {
    key: '1988-executions-article',
    title: '1988 executions of Iranian political prisoners',
    slug: '1988-executions-of-iranian-political-prisoners',
    shortDescription: 'Government-led mass execution of political prisoners in Iran',
    summary:
      'From 19 July 1988, for about five months, Iranian officials put political prisoners to death in a series of mass executions ordered by Ayatollah Khomeini. The killings were carried out in at least 32 cities across Iran.',
    event: '1988-executions',
    body: [
      {
        p: [
          'Beginning on 19 July 1988 and lasting roughly five months, political prisoners across Iran were killed in a wave of mass executions that Ayatollah Khomeini ordered and Iranian officials carried out. The executions took place in at least 32 cities, and many of the prisoners were also tortured.',
        ],
      },
      {
        p: [
          'No law provided a basis for the killings, and the trials made no attempt to establish whether the accused were guilty or innocent. The authorities went to great lengths to hide what had happened, and the Iranian government still denies that the executions took place.',
        ],
      },
    ],
  },
  {
    key: 'qana-reactions-article',
    title: 'International reactions to the Qana airstrike',
    slug: 'international-reactions-to-the-qana-airstrike',
    shortDescription: 'Worldwide responses to the 2006 Qana airstrike in Lebanon',
    summary:
      'The 2006 Qana airstrike, with 28 deaths and 13 missing, caused the heaviest loss of civilian life of the 2006 Israel-Lebanon conflict. Many countries responded by condemning Israel.',
    event: 'qana-airstrike-2006',
    body: [
      {
        p: [
          'Of all the incidents in the 2006 Israel-Lebanon conflict, the Qana airstrike took the most civilian lives: 28 people were killed and 13 were reported missing. Around the world, the response consisted largely of governments condemning Israel.',
        ],
      },
      {
        p: [
          'The outcry led to a purported 48-hour halt to air operations by the Israeli Air Force, but the bombing started again only a few hours after the halt had begun.',
        ],
      },
    ],
  },
  {
    key: 'erbil-raid-article',
    title: 'United States raid on the Iranian Liaison Office in Erbil',
    slug: 'united-states-raid-on-the-iranian-liaison-office-in-erbil',
    shortDescription: '2007 U.S. military raid on an Iranian office in Iraqi Kurdistan',
    summary:
      'On January 11, 2007, U.S. forces raided the Iranian Liaison Office in the city of Erbil (Kurdistan Region, Iraq). The raid was ostensibly meant to detain two senior Iranian officials, but the troops captured five mid-level diplomats instead.',
    event: 'erbil-2007',
    body: [
      {
        p: [
          "United States forces raided the Iranian Liaison Office in Erbil, in Iraq's Kurdistan Region, on January 11, 2007. The operation was ostensibly meant to seize two senior Iranian officials; what it netted instead was five mid-level diplomats.",
        ],
      },
      {
        p: [
          "The U.S. government holds that Iran's Islamic Revolutionary Guard Corps (IRGC) used the office as a local headquarters. Iranian and Kurdish officials alike say it was a diplomatic mission in the city.",
        ],
      },
    ],
  },
  {
    key: 'kill-or-capture-article',
    title: 'United States kill or capture strategy in Iraq',
    slug: 'united-states-kill-or-capture-strategy-in-iraq',
    shortDescription: 'U.S. policy against suspected Iranian operatives in Iraq',
    summary:
      'The "kill or capture" strategy was a policy the United States adopted in Iraq in 2007 to confront suspected Iranian operatives in the country.',
    body: [
      {
        p: [
          'In 2007 the United States took up a "kill or capture" policy in Iraq aimed at suspected Iranian operatives there. These operatives were accused of giving various Iraqi militias technical, financial and material help so that they could mount terrorist attacks on the U.S.-led Coalition forces.',
        ],
      },
    ],
  },
  {
    key: 'sharafi-kidnapping-article',
    title: 'Kidnapping of Jalal Sharafi',
    slug: 'kidnapping-of-jalal-sharafi',
    shortDescription: '2007 abduction of an Iranian diplomat in Baghdad',
    summary:
      'Jalal Sharafi, second secretary of the Iranian embassy, was seized by gunmen in the Karrada district of central Baghdad on 6 February 2007 and released on 3 April 2007. He later said CIA operatives had tortured him, which the U.S. government denies.',
    event: 'sharafi-kidnapping-2007',
    body: [
      {
        p: [
          "On 6 February 2007, armed men abducted Jalal Sharafi, the Iranian embassy's second secretary, while he was driving through Karrada district in central Baghdad. The kidnappers were dressed in the uniforms of the Iraqi 36th Commando Battalion, a special unit operating under United States direction, but the U.S. military said it had no part in the abduction.",
        ],
      },
      {
        p: [
          'Once he was freed on 3 April 2007, Sharafi said that operatives of the Central Intelligence Agency (CIA) had tortured him. The U.S. government rejects any role in either his kidnapping or the torture he described.',
        ],
      },
    ],
  },
  {
    key: 'camp-ashraf-article',
    title: 'Camp Ashraf',
    slug: 'camp-ashraf',
    shortDescription: 'Former PMOI/MEK camp in Diyala Governorate, Iraq',
    summary:
      "Camp Ashraf, also called Ashraf City, was a camp in Iraq's Diyala Governorate that served as the headquarters of the People's Mujahedin of Iran (PMOI/MEK). About 3,400 people lived there in 2012; in 2013 almost all of them were moved to Camp Liberty near Baghdad International Airport.",
    body: [
      {
        p: [
          "Also known as Ashraf City, the camp in Iraq's Diyala Governorate was laid out like a small town with all the basic infrastructure, and it was the headquarters of the People's Mujahedin of Iran (PMOI/MEK).",
        ],
      },
      {
        p: [
          'Roughly 3,400 people lived in the camp in 2012. In 2013, after pressure from the office of Nouri al-Maliki, who was then prime minister, nearly all of them were relocated to Camp Liberty, close to Baghdad International Airport. The camp was raided by the Iraqi Army on April 8, 2011, and attacked again on 1 September 2013.',
        ],
      },
    ],
    seeAlso: ['camp-liberty-article', 'camp-ashraf-2011-article', 'camp-ashraf-2013-article'],
  },
  {
    key: 'abu-kamal-article',
    title: '2008 Abu Kamal raid',
    slug: '2008-abu-kamal-raid',
    shortDescription: 'US attack on militant groups in Syria',
    summary:
      'On October 26, 2008, CIA paramilitary officers and Joint Special Operations Command forces flew by helicopter into Syrian territory and carried out an attack. The Syrian government said all eight people reported killed were civilians.',
    event: 'abu-kamal-2008',
    body: [
      {
        p: [
          "The raid inside Syria on October 26, 2008 was carried out by helicopter-borne CIA paramilitary officers of the Special Activities Division together with forces of United States Special Operations Command's Joint Special Operations Command.",
        ],
      },
      {
        p: [
          'Syria denounced the operation as a "criminal and terrorist" attack on its sovereignty and said that every one of the eight reported dead was a civilian. An unnamed U.S. military source gave a different account, saying the target was a network of foreign fighters who intended to cross Syria to join the Iraqi insurgency against the U.S.-led Coalition and the Iraqi government.',
        ],
      },
    ],
  },
  {
    key: 'camp-liberty-article',
    title: 'Camp Liberty',
    slug: 'camp-liberty',
    shortDescription: 'Former US military installation in Iraq',
    summary:
      "Camp Liberty is a former United States Department of Defense installation in Baghdad, Iraq. From 2012 until September 2016 it gave shelter to People's Mujahedin of Iran members forced out of Camp Ashraf.",
    body: [
      {
        p: [
          "The installation in Baghdad once belonged to the United States Department of Defense. Between 2012 and September 2016 it was home to members of the People's Mujahedin of Iran after they had been forced out of Camp Ashraf.",
        ],
      },
    ],
    seeAlso: ['camp-ashraf-article'],
  },
  {
    key: 'gaza-flotilla-reactions-article',
    title: 'Reactions to the Gaza flotilla raid',
    slug: 'reactions-to-the-gaza-flotilla-raid',
    shortDescription: 'Responses to the Gaza flotilla raid of 31 May 2010',
    summary:
      'Responses to the Gaza flotilla raid of 31 May 2010 covered a wide range, from fierce condemnation to strong support for Israel.',
    event: 'gaza-flotilla-2010',
    body: [
      {
        p: [
          'The raid on the Gaza flotilla on 31 May 2010 drew a broad spectrum of responses. At one end stood fierce condemnation; at the other, firm support for Israel.',
        ],
      },
    ],
    seeAlso: ['gaza-flotilla-national-reactions-article'],
  },
  {
    key: 'baghdad-church-article',
    title: '2010 Baghdad church massacre',
    slug: '2010-baghdad-church-massacre',
    shortDescription: 'Massacre at a Syriac Church in Baghdad during Mass',
    summary:
      'On 31 October 2010, six suicide bombers from the Islamic State of Iraq (ISI) stormed a Syriac Catholic church in Baghdad while Sunday evening Mass was being said, and began killing the congregation.',
    event: 'baghdad-church-2010',
    body: [
      {
        p: [
          'During Sunday evening Mass on 31 October 2010, six suicide bombers belonging to the militant group Islamic State of Iraq (ISI) stormed a Syriac Catholic church in Baghdad and began killing the people gathered to worship.',
        ],
      },
      {
        p: [
          "ISI sought to bring down Iraq's federal government and to set up an Islamic state in the country.",
        ],
      },
    ],
  },
  {
    key: '2011-in-iraq-article',
    title: '2011 in Iraq',
    slug: '2011-in-iraq',
    shortDescription: 'Overview of events in Iraq during 2011',
    summary: 'A list of events that took place in Iraq during the year 2011.',
    body: [
      {
        p: [
          "This article gathers the events of 2011 in Iraq. Among them was the Iraqi Army's raid on Camp Ashraf on April 8, 2011.",
        ],
      },
    ],
    seeAlso: ['camp-ashraf-2011-article'],
  },
  {
    key: 'camp-ashraf-2011-article',
    title: '2011 raid on Camp Ashraf',
    slug: '2011-raid-on-camp-ashraf',
    shortDescription: 'Iraqi military operation',
    summary:
      "On April 8, 2011, the Iraqi Army raided the People's Mujahedin of Iran at Camp Ashraf in Diyala Governorate. Iraqi authorities said 3 people were killed, while the UN said 34 were killed and 318 injured.",
    event: 'camp-ashraf-2011',
    body: [
      {
        p: [
          "On April 8, 2011, Iraqi Army troops moved against the People's Mujahedin of Iran, the Iranian opposition group whose base was Camp Ashraf, in Iraq's Diyala Governorate.",
        ],
      },
      {
        p: [
          'According to Iraqi authorities, three people died while resisting a military operation at the camp. The United Nations gave far higher figures, reporting 34 people killed and 318 injured. The attack was denounced as a "massacre" by Maryam Rajavi, the PMOI\'s leader, and by John Kerry, then a U.S. Senator.',
        ],
      },
    ],
    seeAlso: ['camp-ashraf-article', 'camp-ashraf-2013-article', 'maryam-rajavi'],
  },
  {
    key: 'houla-article',
    title: 'Houla massacre',
    slug: 'houla-massacre',
    shortDescription: 'Killing of civilians in Taldou, Syria, in May 2012',
    summary:
      "On May 25, 2012, during the Syrian Civil War, civilians were massacred in Taldou, a town in Syria's Houla Region. The United Nations said 108 people were killed, 34 of them women and 49 of them children.",
    event: 'houla-2012',
    body: [
      {
        p: [
          'A mass killing of civilians, attributed to Syrian government forces, took place on May 25, 2012, amid the Syrian Civil War, in Taldou, one of a string of towns in the Houla Region northwest of Homs. The United Nations counted 108 dead, including 34 women and 49 children. Artillery and tank fire directed at Taldou accounted for a small share of the deaths, but the UN later said most victims had been "summarily executed in two separate incidents".',
        ],
      },
      {
        p: [
          "Some witnesses and survivors told UN investigators that pro-government Shabiha carried out the massacre. In a report released in August 2012, the investigators judged it likely that Syrian troops and Shabiha militia were responsible, finding reasonable grounds to believe that those who deliberately killed civilians at the Abdulrazzak and Al-Sayed family locations were aligned with the government. They based this on who had access to the sites, the loyalties of the victims, how security was arranged in the area (including where the government's water authority checkpoint stood), and consistent accounts from victims and witnesses with direct knowledge, and noted the absence of credible information pointing to any other explanation.",
        ],
      },
    ],
  },
  {
    key: 'abdolreza-rajabi',
    title: 'Abdolreza Rajabi',
    slug: 'abdolreza-rajabi',
    shortDescription: 'Kurdish Iranian political prisoner who died in custody',
    summary:
      "Abdolreza Rajabi, a Kurdish Iranian who came from Mahidasht District, west of the Kermanshah Province, died in suspicious circumstances in Reja'i Shahr Prison, where he was held as a political prisoner.",
    body: [
      {
        p: [
          "Rajabi was a Kurdish Iranian whose birthplace was Mahidasht District, west of the Kermanshah Province. Held as a political prisoner in Reja'i Shahr Prison, he died there in suspicious circumstances.",
        ],
      },
      {
        p: [
          'His death was one of at least seven deaths in custody over as many years that have prompted questions about human rights in Iran.',
        ],
      },
    ],
  },
  {
    key: 'rabaa-article',
    title: 'Rabaa massacre',
    slug: 'rabaa-massacre',
    shortDescription: 'Violent clearing of pro-Morsi sit-ins in Cairo, Egypt (2013)',
    summary:
      'On 14 August 2013, Egyptian police commanded by Abdel Fattah el-Sisi, then Defense Minister, broke up with lethal force two Cairo camps held by supporters of President Mohamed Morsi: at al-Nahda Square and, the larger of the two, at Rabaa al-Adawiya Square.',
    event: 'rabaa-2013',
    body: [
      {
        p: [
          'Egyptian police, commanded by Abdel Fattah el-Sisi, who was then Defense Minister, turned lethal force on two protest camps in Cairo on 14 August 2013: one at al-Nahda Square and a bigger one at Rabaa al-Adawiya Square.',
        ],
      },
      {
        p: [
          'Supporters of President Mohamed Morsi had been occupying both sites. The military had removed Morsi from office a little more than a month before, after mass protests against his rule. Attempts to end the six-week sit-ins peacefully had come to nothing, and the police cleared the camps within hours.',
        ],
      },
    ],
  },
  {
    key: 'gaza-flotilla-national-reactions-article',
    title: 'National reactions to the Gaza flotilla raid',
    slug: 'national-reactions-to-the-gaza-flotilla-raid',
    shortDescription: 'Responses of individual countries to the 2010 Gaza flotilla raid',
    summary:
      "Countries' responses to the Gaza flotilla raid of 31 May 2010 ranged from support for Israel to strong condemnation of it.",
    event: 'gaza-flotilla-2010',
    body: [
      {
        p: [
          "National governments reacted to the raid of 31 May 2010 in very different ways, from backing Israel to condemning it strongly. Those on Israel's side generally also voiced concern over the civilians killed and injured.",
        ],
      },
      {
        p: [
          'The criticism centred on the civilian deaths and injuries, on what critics saw as a disproportionate response, and on the way the raid was carried out.',
        ],
      },
    ],
    seeAlso: ['gaza-flotilla-reactions-article'],
  },
]

export const articles: SeedArticle[] = [
  {
    key: 'camp-ashraf-2013-article',
    title: '2013 Camp Ashraf massacre',
    slug: '2013-camp-ashraf-massacre',
    shortDescription: 'Attack on an Iranian exile camp in Iraq',
    summary:
      "On 1 September 2013, an assault on Camp Ashraf in Iraq, the camp of the People's Mujahedin of Iran (PMOI/MEK), left 52 of the group's members dead and 7 missing. Iraqi security forces backed by the Iranian government were suspected, and U.S. officials later said Iran's Islamic Revolutionary Guard Corps and two Iraqi militias aligned with Tehran were behind it.",
    event: 'camp-ashraf-2013',
    body: [
      {
        p: [
          "The 2013 Camp Ashraf massacre, which is also known as the September 1 massacre, was an assault on Camp Ashraf, the refugee camp in Iraq that housed members of the People's Mujahedin of Iran (PMOI/MEK), and is suspected to have been an act of terrorism. The assault killed 52 PMOI members, and another 7 went missing. Suspicion for the attack fell on Iraqi security forces, who were thought to have acted with direction and backing from the government of Iran.",
          { cite: 'williams-2013' },
          { cite: 'sen-2013' },
        ],
      },
      { h2: 'Responsibility' },
      {
        p: [
          "Writing on 17 December 2013, the magazine Foreign Policy reported that U.S. intelligence officials believed Iranian commandos had joined in the attack and had afterwards taken seven of the group's members back to Iran. According to U.S. officials quoted by the magazine, members of Iran's Islamic Revolutionary Guard Corps helped to plan and direct the assault, while the killing itself was done by gunmen from two Iraq-based groups that act as proxies for Tehran, Kata'ib Hezbollah and Asaib Ahl al-Haq. On the question of Iraq's part, one U.S. official told the magazine that Iraqi soldiers had not tried to stop the attack but had not been the ones shooting.",
          { cite: 'dreazen-2013' },
        ],
      },
    ],
    seeAlso: ['camp-ashraf-article', 'camp-ashraf-2011-article', 'pmoi'],
    relatedArticles: related.map((article) => article.key),
  },
  ...related.map(citingReferencePage),
]
