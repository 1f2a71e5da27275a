/**
 * An article that is not among the seeds, written for the tests: a dated report in which Vladimir Putin and
 * Kim Jong Un (both already on the seed timeline) speak, with an actor the seeds do not have (Wang Yi), and a
 * line of markup that must stay text.
 */
export const PASTED_ARTICLE = {
  title: 'Putin and Kim Jong Un discuss defence treaty in phone call',
  publisher: 'Northern Wire',
  date: '2024-12-20',
  text: `Russian President Vladimir Putin spoke by telephone with North Korean leader Kim Jong Un on December 17, 2024, the Kremlin said, a week after the two countries' mutual defence treaty came into force.
According to the Kremlin, Putin and Kim Jong Un discussed the treaty and further military cooperation between Moscow and Pyongyang. Kim thanked the Russian leader for his support, KCNA reported.
On Thursday, Chinese Foreign Minister Wang Yi met North Korea's ambassador in Beijing and said China would keep its own channels with Pyongyang open.
Analysts in Seoul said the call showed how quickly the partnership had grown since the two leaders signed the treaty in June 2024.
A reader comment pasted with the article read <img src=x onerror="window.__pwned=1"> and was kept as text.`,
};
