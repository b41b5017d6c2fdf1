# A template may come from someone else: its images come only from its own
# folder and below. A path out of it ("../"), an absolute one elsewhere and
# a symbolic link planted beside it that leads out are refused at the
# element, before anything is read or written; an image in a subfolder is
# used.
mkdir -p tpl/img elsewhere
cp data/templates/good/logo.png tpl/img/logo.png
cp data/templates/good/logo.png elsewhere/secret.png
ln -s ../elsewhere/secret.png tpl/planted.png
for src in img/logo.png ../elsewhere/secret.png "$PWD/elsewhere/secret.png" planted.png; do
	cat > tpl/t.yaml <<YAML
page: { size: A7, bleed: 2mm, safe: 4mm }
elements:
  - image: { src: "$src", at: [10mm, 10mm], width: 20mm }
YAML
	status=0
	"$CAMPAIGN" render tpl/t.yaml -o out.pdf --now 2026-12-01 2>err || status=$?
	sed "s|$PWD/|/PWD/|g" err
	echo "exit $status"
	ls out.pdf 2>/dev/null || echo "no file"
	rm -f out.pdf
done
