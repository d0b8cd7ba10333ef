// Reads a JSON array of Adaptive Card documents on stdin and parses each one with the
// official adaptivecards package. Prints a JSON array: one list of problems per card
// (parse events plus property validation events); empty lists mean valid cards.
const AC = require("adaptivecards/dist/adaptivecards.js");

function problems(json) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const found = [];
  for (let i = 0; i < context.eventCount; i++) {
    found.push(context.getEventAt(i).message);
  }
  for (const event of card.validateProperties().validationEvents) {
    found.push(event.message);
  }
  const round = card.toJSON();
  if (JSON.stringify(round.body || []).length < JSON.stringify(json.body || []).length / 2) {
    found.push("the parser dropped most of the body");
  }
  return found;
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const cards = JSON.parse(input);
  process.stdout.write(JSON.stringify(cards.map(problems)));
});
