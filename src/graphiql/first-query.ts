/** The query the IDE opens with and the README shows first; a test runs it on the seed. */
export const FIRST_QUERY = `# Which actors hold a red line on territory, and on what evidence?
query RedLinesOnTerritory {
  positions(filter: { category: TERRITORY, redLineOnly: true }) {
    totalCount
    edges {
      node {
        holder { ... on Actor { name } ... on Proposal { name } }
        issue { name scaleMin scaleMax }
        value acceptableMin acceptableMax statement
        evidence { quote source { publisher title } }
      }
    }
  }
}
`;
